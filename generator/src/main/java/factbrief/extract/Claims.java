package factbrief.extract;

import factbrief.model.Evidence;
import factbrief.model.FollowUpStatus;
import factbrief.model.PositionKind;
import factbrief.model.Stance;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** The claims one story makes, sentence by sentence. */
public record Claims(String story, List<MeetingClaim> meetings, List<PositionClaim> positions,
                     List<FollowUpClaim> followUps, List<ValueClaim> values, List<Evidence> negatedAgreements) {
    public Claims {
        meetings = List.copyOf(meetings);
        positions = List.copyOf(positions);
        followUps = List.copyOf(followUps);
        values = List.copyOf(values);
        negatedAgreements = List.copyOf(negatedAgreements);
    }

    /** Who met whom in one sentence; {@code alsoPresent} holds delegation members named as also there. */
    public record MeetingClaim(List<String> participants, List<String> alsoPresent, List<String> places,
                               LocalDate date, String relativeDate, Evidence evidence) {
        public MeetingClaim {
            participants = List.copyOf(participants);
            alsoPresent = List.copyOf(alsoPresent);
            places = List.copyOf(places);
        }
    }

    /**
     * A holder's statement on a target (or the site's framing), with the verbatim quote when there is one.
     * {@code partnerEntity} is the second speaker of a joint statement ("A and B reaffirmed ..."), else null;
     * {@code targetEntity} is null when the target is no single entity (the relations between two countries), and
     * then {@code targetName} names it. {@code paragraph}: a framing told over two sentences or more.
     */
    public record PositionClaim(String holderEntity, String holderName, String partnerEntity, String targetEntity,
                                String targetName, PositionKind kind, Stance stance, String quote, String language,
                                Evidence evidence, boolean paragraph) {
        public PositionClaim(String holderEntity, String holderName, String partnerEntity, String targetEntity,
                             String targetName, PositionKind kind, Stance stance, String quote, String language,
                             Evidence evidence) {
            this(holderEntity, holderName, partnerEntity, targetEntity, targetName, kind, stance, quote, language,
                    evidence, false);
        }

        public PositionClaim(String holderEntity, String holderName, String targetEntity, PositionKind kind,
                             Stance stance, String quote, String language, Evidence evidence) {
            this(holderEntity, holderName, null, targetEntity, null, kind, stance, quote, language, evidence);
        }
    }

    /**
     * An action with a status; {@code concepts} are cross-lingual concept ids found in the sentence; {@code keys}
     * identify an action no concept names across languages (entities, numbers and cognate keys of its words).
     */
    public record FollowUpClaim(String action, FollowUpStatus status, List<String> parties, Set<String> concepts,
                                boolean reported, Evidence evidence, Set<String> keys) {
        public FollowUpClaim {
            parties = List.copyOf(parties);
            concepts = java.util.Collections.unmodifiableSortedSet(new java.util.TreeSet<>(concepts));
            keys = java.util.Collections.unmodifiableSortedSet(new java.util.TreeSet<>(keys));
        }

        public FollowUpClaim(String action, FollowUpStatus status, List<String> parties, Set<String> concepts,
                             boolean reported, Evidence evidence) {
            this(action, status, parties, concepts, reported, evidence, Set.of());
        }
    }

    /** A slot value stated by a story, e.g. topic "administration" value "Harlow", or "distance from Lisbon" "78 km". */
    public record ValueClaim(String topic, String value, double number, Evidence evidence) {
    }
}
