package factbrief.annotate;

import factbrief.model.PartialDate;

import java.util.Objects;

/** A story before annotation: its verbatim text and whatever metadata came with it. */
public record RawStory(String id, String text, String language, String url, String site, PartialDate published,
                       String title) {
    public RawStory {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
    }
}
