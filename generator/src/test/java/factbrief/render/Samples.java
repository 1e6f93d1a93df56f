package factbrief.render;

import factbrief.model.Claim;
import factbrief.model.Disagreement;
import factbrief.model.Evidence;
import factbrief.model.Facts;
import factbrief.model.FollowUp;
import factbrief.model.FollowUpStatus;
import factbrief.model.Meeting;
import factbrief.model.Participant;
import factbrief.model.Position;
import factbrief.model.PositionKind;
import factbrief.model.Ref;
import factbrief.model.Source;
import factbrief.model.SourceFlag;
import factbrief.model.SourceFlagKind;
import factbrief.model.Stance;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Invented briefs for the render tests: fictional people, places and outlets; accented names, an emoji, a long
 * Cyrillic quote and a Greek one. Evidence spans are real slices of the invented story texts below.
 */
public final class Samples {
    static final LocalDate AS_OF = LocalDate.of(2031, 3, 17);

    static final String S1 = "Port Velmora talks. Minister Zoë Ångström-Núñez of Calderra met Admiral Teodor Vasquez "
            + "of Norvania in Port Velmora on 12 March. Ångström-Núñez said: \"We will not accept a foreign-run "
            + "harbour at Lissa Bay.\" Both sides agreed to set up a joint coast-guard working group. 🌊";
    static final String S2 = "Калдерра и Норвания. Министр Зоэ Онгстрём-Нуньес заявила: «Мы не позволим, чтобы порт "
            + "Лисса-Бей стал чужой военной базой, и будем настаивать на прозрачности каждого контракта, подписанного "
            + "без участия парламента». Встреча прошла в Порт-Вельморе 13 марта.";
    static final String S3 = "Στο Πορτ Βελμόρα ο ναύαρχος Βάσκεθ είπε: «Η συνεργασία μας είναι ανοιχτή σε όλους». "
            + "The meeting took place on 12 March, according to the harbour office.";
    static final String S4 = "Opinion: the Lissa Bay harbour deal looks like a quiet surrender of sovereignty. "
            + "Earlier this year Vasquez also met trade envoy Maël Østergaard in Kestrel City.";

    private Samples() {
    }

    /** The repository's templates folder. */
    public static Path templates() {
        return Path.of(System.getProperty("factbrief.root", "..")).resolve("templates");
    }

    /** Code-point evidence for the first occurrence of {@code part} in {@code text}. */
    static Evidence ev(String story, String text, String part) {
        int at = text.indexOf(part);
        if (at < 0) {
            throw new IllegalArgumentException("not in story " + story + ": " + part);
        }
        return new Evidence(story, text.codePointCount(0, at), text.codePointCount(0, at + part.length()), part);
    }

    static List<Source> sources() {
        return List.of(
                new Source("s1-velmora-gazette", "Velmora Gazette", "en", "2031-03-12", "Calderra and Norvania "
                        + "meet in Port Velmora 🌊", "https://gazette.example/velmora/talks", true, List.of()),
                new Source("s2-kalderra-vestnik", "Калдеррский вестник", "ru", "2031-03-13",
                        "Онгстрём-Нуньес: порт не станет базой", "https://vestnik.example/2031/03/13", true,
                        List.of()),
                new Source("s3-kyma", "Κύμα Ειδήσεις", "el", "2031-03-14", "Συνάντηση στο Πορτ Βελμόρα", null,
                        false, List.of(new SourceFlag(SourceFlagKind.TRANSLATION_OF, "s1-velmora-gazette",
                        "same sentences as [1] in Greek"), new SourceFlag(SourceFlagKind.MACHINE_GENERATED, null,
                        "template phrasing"))),
                new Source("s4-harbour-review", "Harbour Review", "en", "2031-02", "The quiet surrender",
                        "https://review.example/op/lissa", false, List.of(new SourceFlag(SourceFlagKind.OFF_EVENT,
                        null, "opinion piece without news of the meeting"))));
    }

    /** A brief with every section filled, fitting one page. */
    public static Facts rich() {
        Participant zoe = new Participant("Zoë Ångström-Núñez", "Minister of the Sea", "Calderra", "e-zoe");
        Participant teodor = new Participant("Teodor Vasquez", "Admiral", "Norvania", "e-teodor");
        Participant mael = new Participant("Maël Østergaard", "trade envoy", null, "e-mael");
        List<Meeting> meetings = List.of(
                new Meeting(List.of(zoe, teodor), List.of(new Participant("Ilse Brândușa", "harbour master", null,
                        null)), "Port Velmora", "2031-03-12", false, List.of(
                        ev("s1-velmora-gazette", S1, "Minister Zoë Ångström-Núñez of Calderra met Admiral Teodor "
                                + "Vasquez of Norvania in Port Velmora on 12 March"),
                        ev("s3-kyma", S3, "The meeting took place on 12 March"))),
                new Meeting(List.of(teodor, mael), List.of(), "Kestrel City", "2031", true,
                        List.of(ev("s4-harbour-review", S4, "Vasquez also met trade envoy Maël Østergaard in "
                                + "Kestrel City"))));
        String ruQuote = "Мы не позволим, чтобы порт Лисса-Бей стал чужой военной базой, и будем настаивать на "
                + "прозрачности каждого контракта, подписанного без участия парламента";
        List<Position> positions = List.of(
                new Position(new Ref("Zoë Ångström-Núñez", "e-zoe"), new Ref("Lissa Bay harbour", "e-lissa"),
                        PositionKind.STATEMENT, Stance.NEGATIVE, "Rejects a foreign-run harbour at Lissa Bay.",
                        "We will not accept a foreign-run harbour at Lissa Bay.", "en",
                        List.of(ev("s1-velmora-gazette", S1, "We will not accept a foreign-run harbour at Lissa Bay."))),
                new Position(new Ref("Zoë Ångström-Núñez", "e-zoe"), new Ref("Lissa Bay harbour", "e-lissa"),
                        PositionKind.STATEMENT, Stance.NEGATIVE,
                        "Demands that every harbour contract signed without parliament be made public.", ruQuote, "ru",
                        List.of(ev("s2-kalderra-vestnik", S2, ruQuote))),
                new Position(new Ref("Teodor Vasquez", "e-teodor"), new Ref("Norvania", "e-norvania"),
                        PositionKind.STATEMENT, Stance.POSITIVE, "Calls the cooperation open to all.",
                        "Η συνεργασία μας είναι ανοιχτή σε όλους", "el",
                        List.of(ev("s3-kyma", S3, "Η συνεργασία μας είναι ανοιχτή σε όλους"))),
                new Position(new Ref("Harbour Review", null), new Ref("Lissa Bay harbour", "e-lissa"),
                        PositionKind.FRAMING, Stance.NEGATIVE, "Frames the deal as a quiet surrender of sovereignty.",
                        null, null, List.of(ev("s4-harbour-review", S4,
                        "the Lissa Bay harbour deal looks like a quiet surrender of sovereignty"))));
        List<FollowUp> followUps = List.of(
                new FollowUp("Set up a joint coast-guard working group", FollowUpStatus.AGREED,
                        List.of("Calderra", "Norvania"), List.of(ev("s1-velmora-gazette", S1,
                        "Both sides agreed to set up a joint coast-guard working group"))),
                new FollowUp("Publish the harbour contracts", FollowUpStatus.PROPOSED, List.of("Calderra"),
                        List.of(ev("s2-kalderra-vestnik", S2, "будем настаивать на прозрачности каждого контракта"))));
        List<Disagreement> disagreements = List.of(new Disagreement("Date of the meeting", List.of(
                new Claim("12 March", List.of(ev("s1-velmora-gazette", S1, "on 12 March"),
                        ev("s3-kyma", S3, "on 12 March"))),
                new Claim("13 March", List.of(ev("s2-kalderra-vestnik", S2, "13 марта"))))));
        return new Facts("velmora-talks-2031-03", "Calderra and Norvania talk harbours in Port Velmora", AS_OF,
                sources(), meetings, positions, followUps, disagreements);
    }

    /** {@link #rich()} with {@code n} follow-ups: far more than one page holds. */
    public static Facts crowded(int n) {
        Facts rich = rich();
        String[] verbs = {"Review", "Draft", "Fund", "Inspect", "Publish", "Audit", "Schedule", "Survey"};
        FollowUpStatus[] statuses = FollowUpStatus.values();
        List<FollowUp> followUps = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            followUps.add(new FollowUp(verbs[i % verbs.length] + " harbour work package no. " + (i + 1)
                    + " with the Lissa Bay port authority and the joint coast-guard working group",
                    statuses[i % statuses.length], List.of("Calderra", "Norvania"),
                    List.of(ev("s1-velmora-gazette", S1, "joint coast-guard working group"))));
        }
        return new Facts(rich.clusterId(), rich.clusterTitle(), rich.asOf(), rich.sources(), rich.meetings(),
                rich.positions(), followUps, rich.disagreements());
    }

    /** A brief from one story, for single-story rendering. */
    public static Facts single() {
        Facts rich = rich();
        Source only = rich.sources().get(0);
        return new Facts("velmora-single", "Port Velmora talks (one story)", AS_OF, List.of(only),
                List.of(rich.meetings().get(0)), List.of(rich.positions().get(0)), List.of(rich.followUps().get(0)),
                List.of());
    }

    /** The hostile string every field of {@link #hostile()} carries. */
    public static final String HOSTILE = "<script>\"'&${7*7}";

    /** Facts whose every string field is {@link #HOSTILE}, to prove escaping and that data never runs. */
    public static Facts hostile() {
        String h = HOSTILE;
        Evidence e = new Evidence(h, 0, 17, h);
        Participant p = new Participant(h, h, h, h);
        return new Facts(h, h, AS_OF,
                List.of(new Source(h, h, h, h, h, h, true, List.of(new SourceFlag(SourceFlagKind.TRANSLATION_OF, h,
                        h)))),
                List.of(new Meeting(List.of(p), List.of(p), h, h, false, List.of(e))),
                List.of(new Position(new Ref(h, h), new Ref(h, h), PositionKind.STATEMENT, Stance.MIXED, h, h, h,
                        List.of(e)), new Position(new Ref(h, h), new Ref(h, h), PositionKind.FRAMING,
                        Stance.NEUTRAL, h, h, h, List.of(e))),
                List.of(new FollowUp(h, FollowUpStatus.PLANNED, List.of(h), List.of(e))),
                List.of(new Disagreement(h, List.of(new Claim(h, List.of(e))))));
    }

    /** The story texts of the samples, by id. */
    static Map<String, String> stories() {
        return Map.of("s1-velmora-gazette", S1, "s2-kalderra-vestnik", S2, "s3-kyma", S3, "s4-harbour-review", S4);
    }
}
