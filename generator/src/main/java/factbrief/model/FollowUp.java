package factbrief.model;

import java.util.List;
import java.util.Objects;

/** An action agreed, planned, under consideration or proposed, with the parties named for it. */
public record FollowUp(String action, FollowUpStatus status, List<String> parties, List<Evidence> evidence) {
    public FollowUp {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(status, "status");
        parties = List.copyOf(parties);
        evidence = List.copyOf(evidence);
    }
}
