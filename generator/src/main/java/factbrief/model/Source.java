package factbrief.model;

import java.util.List;
import java.util.Objects;

/** A story as the brief lists it: metadata, whether it is an independent source, and its flags. */
public record Source(String story, String site, String language, String published, String title, String url,
                     boolean independent, List<SourceFlag> flags) {
    public Source {
        Objects.requireNonNull(story, "story");
        flags = List.copyOf(flags);
    }

    public boolean has(SourceFlagKind kind) {
        return flags.stream().anyMatch(f -> f.flag() == kind);
    }
}
