package factbrief.model;

import java.util.Objects;

/** A span of a story that proves a fact: code-point offsets, end exclusive; {@code text} is that slice. */
public record Evidence(String story, int start, int end, String text) {
    public Evidence {
        Objects.requireNonNull(story, "story");
        Objects.requireNonNull(text, "text");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad evidence span " + start + ".." + end);
        }
    }
}
