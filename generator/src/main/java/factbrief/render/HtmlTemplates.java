package factbrief.render;

import factbrief.view.BriefView;
import freemarker.cache.FileTemplateLoader;
import freemarker.core.Environment;
import freemarker.core.HTMLOutputFormat;
import freemarker.core.TemplateClassResolver;
import freemarker.ext.beans.ZeroArgumentNonVoidMethodPolicy;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;

/**
 * The FreeMarker side of rendering: a locked-down configuration over a templates folder. Data never becomes template
 * code: HTML auto-escaping, no {@code ?new} classes, no {@code ?api}, errors rethrown; the data model is one view
 * record of {@code factbrief.view} ({@link BriefView} for a brief, {@code DigestView} for a week's index), of which
 * templates can read the record components and nothing else ({@link ViewOnlyAccessPolicy}). Thread-safe once built.
 */
final class HtmlTemplates {
    static final String BRIEF = "brief.ftlh";
    static final String DIGEST = "digest.ftlh";
    private static final TimeZone UTC = TimeZone.getTimeZone("UTC");

    private final Configuration cfg;

    /** The brief template's configuration over {@code templatesDir}; {@code brief.ftlh} must load. */
    HtmlTemplates(Path templatesDir) {
        this(templatesDir, BRIEF);
    }

    /** The locked-down configuration over {@code templatesDir}; {@code required} must load now, not mid-run. */
    HtmlTemplates(Path templatesDir, String required) {
        try {
            cfg = new Configuration(Configuration.VERSION_2_3_34);
            cfg.setTemplateLoader(new FileTemplateLoader(templatesDir.toFile()));
        } catch (IOException e) {
            throw new RenderException("cannot read templates in " + templatesDir.toAbsolutePath(), e);
        }
        cfg.setDefaultEncoding("UTF-8");
        cfg.setOutputEncoding("UTF-8");
        cfg.setOutputFormat(HTMLOutputFormat.INSTANCE);
        cfg.setRecognizeStandardFileExtensions(true);
        cfg.setAutoEscapingPolicy(Configuration.ENABLE_IF_SUPPORTED_AUTO_ESCAPING_POLICY);
        cfg.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        cfg.setAPIBuiltinEnabled(false);
        cfg.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        cfg.setLogTemplateExceptions(false);
        cfg.setWrapUncheckedExceptions(true);
        cfg.setFallbackOnNullLoopVariable(false);
        cfg.setShowErrorTips(false);
        cfg.setLocale(Locale.ROOT);
        cfg.setTimeZone(UTC);
        cfg.setSQLDateAndTimeTimeZone(UTC);
        cfg.setNumberFormat("computer");
        cfg.setBooleanFormat("c");
        cfg.setLocalizedLookup(false);
        cfg.setTemplateUpdateDelayMilliseconds(Long.MAX_VALUE);
        DefaultObjectWrapperBuilder wrapper = new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_34);
        wrapper.setRecordZeroArgumentNonVoidMethodPolicy(
                ZeroArgumentNonVoidMethodPolicy.PROPERTY_ONLY_UNLESS_BEAN_PROPERTY_READ_METHOD);
        wrapper.setDefaultZeroArgumentNonVoidMethodPolicy(ZeroArgumentNonVoidMethodPolicy.METHOD_ONLY);
        wrapper.setMemberAccessPolicy(ViewOnlyAccessPolicy.INSTANCE);
        cfg.setObjectWrapper(wrapper.build());
        try {
            cfg.getTemplate(required);
        } catch (IOException e) {
            throw new RenderException("cannot load template " + templatesDir.toAbsolutePath().resolve(required)
                    + ": " + e.getMessage(), e);
        }
    }

    /** The HTML of {@code view}, with the labels' locale and UTC set on this processing run only. */
    String render(BriefView view, Locale locale) {
        return render(BRIEF, "brief", view, locale);
    }

    /**
     * The HTML of template {@code name} over one view record, visible to the template as {@code model}; the locale
     * and UTC are set on this processing run only.
     */
    String render(String name, String model, Record view, Locale locale) {
        try {
            Template t = cfg.getTemplate(name);
            StringWriter out = new StringWriter(32_768);
            Environment env = t.createProcessingEnvironment(Map.of(model, view), out);
            env.setLocale(locale);
            env.setTimeZone(UTC);
            env.setSQLDateAndTimeTimeZone(UTC);
            env.process();
            return out.toString();
        } catch (IOException | TemplateException e) {
            throw new RenderException("template " + name + " failed: " + e.getMessage(), e);
        }
    }
}
