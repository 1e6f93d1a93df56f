package factbrief.model;

import java.util.List;
import java.util.Objects;

/** One side of a disagreement: a value and the evidence that states it. */
public record Claim(String value, List<Evidence> evidence) {
    public Claim {
        Objects.requireNonNull(value, "value");
        evidence = List.copyOf(evidence);
    }
}
