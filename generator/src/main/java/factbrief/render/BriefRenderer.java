package factbrief.render;

import factbrief.model.Facts;
import factbrief.view.BriefView;
import factbrief.view.BriefViews;
import factbrief.view.Cut;
import factbrief.view.Cuts;
import factbrief.view.Labels;
import factbrief.view.Messages;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Renders briefs: {@link Facts} to HTML, a one-page PDF and JSON. Templates, stylesheet and message bundles come
 * from one folder, read once. Thread-safe; create one and reuse it for many briefs.
 *
 * <p>The PDF never has more than one page: when the full brief does not fit, the least important items leave the PDF
 * (see {@link Cuts#plan}) and each section says how many are in the HTML/JSON. The shortest cut that fits is found
 * by {@link PageFit} (a guess from measured heights, then galloping and bisection), laying out without writing;
 * the page count is checked on every render.
 */
public final class BriefRenderer {
    private final HtmlTemplates templates;
    private final Messages messages;
    private final PdfMaker pdf;

    /** A renderer over {@code templatesDir}: {@code brief.ftlh}, {@code brief.css}, {@code messages/}. */
    public BriefRenderer(Path templatesDir) {
        Objects.requireNonNull(templatesDir, "templatesDir");
        if (!Files.isDirectory(templatesDir)) {
            throw new RenderException("templates folder " + templatesDir.toAbsolutePath() + " does not exist");
        }
        this.templates = new HtmlTemplates(templatesDir);
        this.messages = Messages.load(templatesDir.resolve("messages"));
        this.pdf = new PdfMaker();
        checkTemplates(templatesDir);
    }

    /** Renders an empty brief in every language, so a broken template or bundle fails here and not mid-run. */
    private void checkTemplates(Path templatesDir) {
        Facts empty = new Facts("template-check", "Template check", LocalDate.of(2000, 1, 1), List.of(), List.of(),
                List.of(), List.of(), List.of());
        for (String lang : messages.languages()) {
            Labels labels = messages.labels(Locale.forLanguageTag(lang));
            try {
                templates.render(BriefViews.of(empty, labels, Paper.A4.cssSize(), false), labels.locale());
            } catch (RenderException | IllegalArgumentException e) {
                throw new RenderException("templates in " + templatesDir.toAbsolutePath() + " do not render ("
                        + lang + "): " + e.getMessage(), e);
            }
        }
    }

    /** The message bundles this renderer labels briefs with. */
    public Messages messages() {
        return messages;
    }

    /**
     * Renders one brief; the same facts and options always give the same bytes.
     *
     * @throws RenderException when a template or the PDF renderer fails; nothing is half-returned
     */
    public RenderedBrief render(Facts facts, RenderOptions options) {
        Objects.requireNonNull(facts, "facts");
        Objects.requireNonNull(options, "options");
        try {
            return renderAll(facts, options);
        } catch (RenderException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new RenderException("cannot render brief " + facts.clusterId() + ": " + e, e);
        }
    }

    private RenderedBrief renderAll(Facts facts, RenderOptions options) {
        Labels labels = messages.labels(options.locale());
        BriefView full = BriefViews.of(facts, labels, options.paper().cssSize(), options.singleStory());
        String html = templates.render(full, labels.locale());
        Fitted fitted = fit(full, html, labels, options.paper());
        byte[] pdfBytes = pdf.write(fitted.layout(), new PdfMaker.Meta(full.docTitle(), full.lang(), facts.asOf()));
        return new RenderedBrief(html.getBytes(StandardCharsets.UTF_8), pdfBytes, BriefJson.write(facts),
                fitted.omitted());
    }

    /** The HTML of the full brief only (for previews and tests). */
    public String html(Facts facts, RenderOptions options) {
        Labels labels = messages.labels(options.locale());
        return templates.render(BriefViews.of(facts, labels, options.paper().cssSize(), options.singleStory()),
                labels.locale());
    }

    private record Fitted(PdfMaker.Layout layout, int omitted) {
    }

    /** The layout to print: the full brief when it fits one page, else the shortest cut of it that does. */
    private Fitted fit(BriefView full, String html, Labels labels, Paper paper) {
        PdfMaker.Layout first = pdf.layout(html, paper);
        if (first.pages() <= 1) {
            return new Fitted(first, 0);
        }
        List<Cut> plan = Cuts.plan(full);
        PageFit.Result r = PageFit.fit(first, plan, k -> layoutCut(full, plan.subList(0, k), labels, paper));
        return new Fitted(r.layout(), Cuts.dropped(plan.subList(0, r.cuts())));
    }

    private PdfMaker.Layout layoutCut(BriefView full, List<Cut> cuts, Labels labels, Paper paper) {
        BriefView cut = Cuts.apply(full, cuts, labels);
        return pdf.layout(templates.render(cut, labels.locale()), paper);
    }
}
