package factbrief.eval;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.util.List;

import static factbrief.eval.Fixtures.brief;
import static factbrief.eval.Fixtures.ev;
import static factbrief.eval.Fixtures.gold;
import static factbrief.eval.Fixtures.score;
import static org.junit.jupiter.api.Assertions.assertEquals;

class MeetingsEvalTest {
    private static final JsonNode GOLD = gold("""
            'meetings':[{'participants':['Mara Voss (Minister of Defence, Veldania)',
                                         'Tomás Ibáñez (Minister of Ports, Ostria)'],
                         'alsoPresent':['Ilse Brandt (Ambassador of Veldania, Veldania)'],
                         'place':'Korvik','date':'2031-03-04','stories':['v1','v2']}],
            'backgroundMeetings':[{'participants':['Mara Voss (Minister of Defence, Veldania)',
                                                   'Pavel Dunn (President, Ostria)'],
                                   'place':'Lund','date':null,'stories':['v3']}]
            """);

    private final Evaluator evaluator = new Evaluator();

    private EvalReport run(String meetings) {
        return evaluator.evaluate(GOLD, brief("'meetings':[" + meetings + "]"), null);
    }

    private static String meeting(String names, String date, boolean background, String evidence) {
        StringBuilder p = new StringBuilder();
        for (String n : names.split(",")) {
            p.append(p.length() > 0 ? "," : "").append("{'name':'").append(n.trim()).append("'}");
        }
        return "{'participants':[" + p + "],'alsoPresent':[],'place':'Korvik','date':"
                + (date == null ? "null" : "'" + date + "'") + ",'background':" + background
                + ",'evidence':" + evidence + "}";
    }

    private static void assertCounts(Score s, int tp, int predicted, int gold) {
        assertEquals(List.of(tp, predicted, gold), List.of(s.truePositives(), s.predicted(), s.gold()), s.category());
    }

    @Test
    void sameParticipantsWithoutAccentsMatch() {
        EvalReport r = run(meeting("Mara Voss, Tomas Ibanez", "2031-03-04", false, ev("v2")));
        Score m = score(r, "meetings");
        assertCounts(m, 1, 1, 1);
        assertEquals(1.0, m.f1());
        Score people = score(r, "meetings.participants");
        assertCounts(people, 2, 2, 3);
        assertEquals(List.of("Ilse Brandt (in Mara Voss + Tomás Ibáñez, 2031-03-04 [v1, v2])"), people.misses());
        assertCounts(score(r, "meetings.date"), 1, 1, 1);
    }

    @Test
    void backgroundFlagMustAgree() {
        EvalReport r = run(meeting("Mara Voss, Tomas Ibanez", "2031-03-04", true, ev("v1")));
        Score m = score(r, "meetings");
        assertCounts(m, 0, 0, 1);
        assertEquals(List.of("Mara Voss + Tomás Ibáñez, 2031-03-04 [v1, v2]"), m.misses());
        Score b = score(r, "background");
        assertCounts(b, 0, 1, 1);
        assertEquals(List.of("Mara Voss + Tomas Ibanez, 2031-03-04 [v1]"), b.extras());
    }

    @Test
    void backgroundMeetingMatchesInItsOwnCategory() {
        EvalReport r = run(meeting("Voss, Pavel Dunn", null, true, ev("v3")));
        assertCounts(score(r, "background"), 1, 1, 1);
        assertCounts(score(r, "background.date"), 1, 1, 1);
        assertCounts(score(r, "meetings"), 0, 0, 1);
    }

    @Test
    void disjointEvidenceStoriesDoNotMatch() {
        Score m = score(run(meeting("Mara Voss, Tomas Ibanez", "2031-03-04", false, ev("v3"))), "meetings");
        assertCounts(m, 0, 1, 1);
    }

    @Test
    void oneSharedParticipantIsNotAMeeting() {
        Score m = score(run(meeting("Mara Voss, Pavel Dunn", "2031-03-04", false, ev("v1"))), "meetings");
        assertCounts(m, 0, 1, 1);
    }

    @Test
    void mostPredictedParticipantsMustBeInTheGoldMeeting() {
        String crowd = "Mara Voss, Tomas Ibanez, Pavel Dunn, Carla Vik, Jon Adler";
        assertCounts(score(run(meeting(crowd, "2031-03-04", false, ev("v1"))), "meetings"), 0, 1, 1);
        String withAlsoPresent = "Mara Voss, Tomas Ibanez, Ilse Brandt, Carla Vik";
        assertCounts(score(run(meeting(withAlsoPresent, "2031-03-04", false, ev("v1"))), "meetings"), 1, 1, 1);
    }

    @Test
    void twoPredictionsCannotBothMatchOneGoldMeeting() {
        String one = meeting("Mara Voss, Tomas Ibanez", "2031-03-04", false, ev("v1"));
        Score m = score(run(one + "," + one), "meetings");
        assertCounts(m, 1, 2, 1);
        assertEquals(0.5, m.precision());
        assertEquals(1, m.extras().size());
    }

    @Test
    void wrongDateStillMatchesButCountsInTheDateFigure() {
        EvalReport r = run(meeting("Voss, Ibáñez", "2031-03-05", false, ev("v1")));
        assertCounts(score(r, "meetings"), 1, 1, 1);
        Score d = score(r, "meetings.date");
        assertCounts(d, 0, 1, 1);
        assertEquals(List.of("Mara Voss + Tomás Ibáñez, 2031-03-04 [v1, v2]: predicted 2031-03-05"), d.misses());
    }
}
