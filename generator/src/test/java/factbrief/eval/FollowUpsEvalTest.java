package factbrief.eval;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.util.List;

import static factbrief.eval.Fixtures.brief;
import static factbrief.eval.Fixtures.ev;
import static factbrief.eval.Fixtures.gold;
import static factbrief.eval.Fixtures.score;
import static org.junit.jupiter.api.Assertions.assertEquals;

class FollowUpsEvalTest {
    private static final JsonNode GOLD = gold("""
            'followUps':[
              {'action':'Exchange of cadets between the two naval academies','status':'agreed',
               'who':['Veldania','Ostria'],'stories':['v1','v2']},
              {'action':'Joint naval exercises in the Korvik strait','status':'agreed',
               'who':['Veldania','Ostria'],'stories':['v1','v2']},
              {'action':'Ibáñez invites Voss to visit Ostria','status':'requested',
               'who':['Tomás Ibáñez','Mara Voss'],'stories':['v3']}],
            'optionalFollowUps':[
              {'action':'Keep talking about fisheries','status':'planned','stories':['v2']}]
            """);

    private final Evaluator evaluator = new Evaluator();

    private Score followUps(String items) {
        return score(evaluator.evaluate(GOLD, brief("'followUps':[" + items + "]"), null), "followUps");
    }

    private static String followUp(String action, String status, String evidence) {
        return "{'action':'" + action + "','status':'" + status + "','parties':[],'evidence':" + evidence + "}";
    }

    private static void assertCounts(Score s, int tp, int predicted, int gold) {
        assertEquals(List.of(tp, predicted, gold), List.of(s.truePositives(), s.predicted(), s.gold()), s.category());
    }

    @Test
    void statusAndStoriesMatchAndTheActionTextBreaksTheTie() {
        Score s = followUps(followUp("Ejercicios navales conjuntos en el estrecho de Korvik", "agreed", ev("v2")));
        assertCounts(s, 1, 1, 3);
        assertEquals(List.of("agreed: Exchange of cadets between the two naval academies [v1, v2]",
                "proposed: Ibáñez invites Voss to visit Ostria [v3]"), s.misses());
    }

    @Test
    void requestedInTheGoldIsProposedInTheBrief() {
        assertCounts(followUps(followUp("Einladung nach Ostria", "proposed", ev("v3"))), 1, 1, 3);
    }

    @Test
    void wrongStatusDoesNotMatch() {
        Score s = followUps(followUp("Joint naval exercises in the Korvik strait", "under-consideration", ev("v1")));
        assertCounts(s, 0, 1, 3);
        assertEquals(List.of("under-consideration: Joint naval exercises in the Korvik strait [v1]"), s.extras());
    }

    @Test
    void disjointStoriesDoNotMatch() {
        assertCounts(followUps(followUp("Joint naval exercises in the Korvik strait", "agreed", ev("v3"))), 0, 1, 3);
    }

    @Test
    void eachGoldItemTakesOnePrediction() {
        String a = followUp("Joint naval exercises", "agreed", ev("v1"));
        String b = followUp("Cadet exchange between academies", "agreed", ev("v1"));
        String c = followUp("Joint naval exercises again", "agreed", ev("v1"));
        Score s = followUps(a + "," + b + "," + c);
        assertCounts(s, 2, 3, 3);
        assertEquals(1, s.extras().size());
    }

    @Test
    void optionalItemIsNeitherHitNorExtra() {
        Score s = followUps(followUp("Fischerei", "planned", ev("v2")));
        assertCounts(s, 0, 0, 3);
        assertEquals(1.0, s.precision());
    }
}
