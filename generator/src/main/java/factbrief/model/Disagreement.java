package factbrief.model;

import java.util.List;
import java.util.Objects;

/** A point on which sources state incompatible values. */
public record Disagreement(String topic, List<Claim> claims) {
    public Disagreement {
        Objects.requireNonNull(topic, "topic");
        claims = List.copyOf(claims);
    }
}
