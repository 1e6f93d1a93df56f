package factbrief.model;

import java.util.Objects;

/** A flag on a source; {@code of} names the original story for translations and duplicates. */
public record SourceFlag(SourceFlagKind flag, String of, String why) {
    public SourceFlag {
        Objects.requireNonNull(flag, "flag");
        Objects.requireNonNull(why, "why");
    }
}
