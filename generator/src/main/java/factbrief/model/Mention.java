package factbrief.model;

import java.util.Objects;

/** A mention of an entity in a story; {@code start}/{@code end} are Java char indices (UTF-16), end exclusive. */
public record Mention(String entity, int start, int end) {
    public Mention {
        Objects.requireNonNull(entity, "entity");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad mention span " + start + ".." + end);
        }
    }
}
