package factbrief.model;

import java.util.List;
import java.util.Objects;

/**
 * One news story. Mentions are held in Java char indices; {@link #codePointIndex(int)} gives the code-point offset
 * that every output uses.
 */
public record Story(String id, String text, String language, String url, String site, PartialDate published,
                    String title, List<Mention> mentions) {
    public Story {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        mentions = List.copyOf(mentions == null ? List.of() : mentions);
    }

    /** The code-point offset of a char index into {@link #text()}. */
    public int codePointIndex(int charIndex) {
        return text.codePointCount(0, charIndex);
    }

    /** The char index of a code-point offset into {@link #text()}. */
    public int charIndex(int codePointIndex) {
        return text.offsetByCodePoints(0, codePointIndex);
    }

    /** Evidence for the char range {@code [start, end)} of this story's text. */
    public Evidence evidence(int start, int end) {
        return new Evidence(id, codePointIndex(start), codePointIndex(end), text.substring(start, end));
    }

    /** The site when known, else the story id: the name a source goes by in a brief. */
    public String sourceName() {
        return site != null && !site.isBlank() ? site : id;
    }
}
