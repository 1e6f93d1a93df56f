package factbrief.render;

import java.util.Locale;
import java.util.Objects;

/** How to render one brief: paper, label language and whether it is a single-story brief. */
public record RenderOptions(Paper paper, Locale locale, boolean singleStory) {
    public RenderOptions {
        Objects.requireNonNull(paper, "paper");
        Objects.requireNonNull(locale, "locale");
    }

    /** A4, English labels, a brief over several stories. */
    public static RenderOptions defaults() {
        return new RenderOptions(Paper.A4, Locale.ENGLISH, false);
    }
}
