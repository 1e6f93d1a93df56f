package factbrief.model;

import java.util.List;
import java.util.Objects;

/** A stated position of a holder on a focus target; {@code quote} is verbatim in {@code quoteLanguage}, or null. */
public record Position(Ref holder, Ref target, PositionKind kind, Stance stance, String summary, String quote,
                       String quoteLanguage, List<Evidence> evidence) {
    public Position {
        Objects.requireNonNull(holder, "holder");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(stance, "stance");
        evidence = List.copyOf(evidence);
    }
}
