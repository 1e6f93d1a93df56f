package factbrief.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/** Everything a brief reports about one cluster: the content of {@code factbrief.brief/1}. */
public record Facts(String clusterId, String clusterTitle, LocalDate asOf, List<Source> sources,
                    List<Meeting> meetings, List<Position> positions, List<FollowUp> followUps,
                    List<Disagreement> disagreements) {
    public Facts {
        Objects.requireNonNull(clusterId, "clusterId");
        Objects.requireNonNull(clusterTitle, "clusterTitle");
        Objects.requireNonNull(asOf, "asOf");
        sources = List.copyOf(sources);
        meetings = List.copyOf(meetings);
        positions = List.copyOf(positions);
        followUps = List.copyOf(followUps);
        disagreements = List.copyOf(disagreements);
    }
}
