package factbrief.render;

import factbrief.view.DigestView;
import factbrief.view.DigestViews;
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
 * Renders the index page of a week's briefs ({@code digest.ftlh}) with the same locked-down FreeMarker configuration
 * as the briefs ({@link HtmlTemplates}). Thread-safe; the same view always gives the same bytes.
 */
public final class DigestRenderer {
    private final HtmlTemplates templates;
    private final Messages messages;

    /** A renderer over {@code templatesDir}: {@code digest.ftlh}, {@code digest.css}, {@code messages/}. */
    public DigestRenderer(Path templatesDir) {
        Objects.requireNonNull(templatesDir, "templatesDir");
        if (!Files.isDirectory(templatesDir)) {
            throw new RenderException("templates folder " + templatesDir.toAbsolutePath() + " does not exist");
        }
        this.templates = new HtmlTemplates(templatesDir, HtmlTemplates.DIGEST);
        this.messages = Messages.load(templatesDir.resolve("messages"));
        for (String lang : messages.languages()) { // a broken template or bundle fails here, not at the end of a run
            Labels labels = messages.labels(Locale.forLanguageTag(lang));
            try {
                html(DigestViews.of(labels, "2000-W01", LocalDate.of(2000, 1, 3), LocalDate.of(2000, 1, 9),
                        List.of(), 1));
            } catch (RenderException | IllegalArgumentException e) {
                throw new RenderException("template " + HtmlTemplates.DIGEST + " in " + templatesDir.toAbsolutePath()
                        + " does not render (" + lang + "): " + e.getMessage(), e);
            }
        }
    }

    /** The labels the index is written with; a language without a bundle gets English. */
    public Labels labels(Locale locale) {
        return messages.labels(locale);
    }

    /** The UTF-8 bytes of the index page. */
    public byte[] html(DigestView view) {
        Objects.requireNonNull(view, "view");
        return templates.render(HtmlTemplates.DIGEST, "digest", view, Locale.forLanguageTag(view.lang()))
                .getBytes(StandardCharsets.UTF_8);
    }
}
