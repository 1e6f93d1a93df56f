package factbrief.model;

import java.util.List;

/** Who met whom, where and when; {@code background} marks a meeting reported only by off-event sources. */
public record Meeting(List<Participant> participants, List<Participant> alsoPresent, String place, String date,
                     boolean background, List<Evidence> evidence) {
    public Meeting {
        participants = List.copyOf(participants);
        alsoPresent = List.copyOf(alsoPresent);
        evidence = List.copyOf(evidence);
    }
}
