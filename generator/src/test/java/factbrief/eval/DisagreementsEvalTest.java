package factbrief.eval;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.util.List;

import static factbrief.eval.Fixtures.brief;
import static factbrief.eval.Fixtures.ev;
import static factbrief.eval.Fixtures.gold;
import static factbrief.eval.Fixtures.score;
import static org.junit.jupiter.api.Assertions.assertEquals;

class DisagreementsEvalTest {
    private static final JsonNode GOLD = gold("""
            'disagreements':[
              {'topic':'Length of the Korvik pier','claims':[
                 {'value':'400 m','stories':['v1','v2']},
                 {'value':'450 m','stories':['v3']}]}],
            'optionalDisagreements':[
              {'topic':'Day of the visit','claims':[
                 {'value':'Monday','stories':['v4']},
                 {'value':'Tuesday','stories':['v5']}]}]
            """);

    private final Evaluator evaluator = new Evaluator();

    private Score disagreements(String items) {
        return score(evaluator.evaluate(GOLD, brief("'disagreements':[" + items + "]"), null), "disagreements");
    }

    /** A disagreement whose claims cite the given evidence arrays. */
    private static String disagreement(String topic, String... evidence) {
        StringBuilder claims = new StringBuilder();
        for (int i = 0; i < evidence.length; i++) {
            claims.append(i > 0 ? "," : "").append("{'value':'value ").append(i).append("','evidence':")
                    .append(evidence[i]).append('}');
        }
        return "{'topic':'" + topic + "','claims':[" + claims + "]}";
    }

    private static void assertCounts(Score s, int tp, int predicted, int gold) {
        assertEquals(List.of(tp, predicted, gold), List.of(s.truePositives(), s.predicted(), s.gold()), s.category());
    }

    @Test
    void twoClaimsOnTheTwoGoldSidesMatch() {
        assertCounts(disagreements(disagreement("Pierlänge", ev("v2"), ev("v3"))), 1, 1, 1);
    }

    @Test
    void anExtraUnrelatedClaimDoesNotPreventAMatch() {
        assertCounts(disagreements(disagreement("Pier", ev("v1"), ev("v3"), ev("v9"))), 1, 1, 1);
    }

    @Test
    void oneMatchingClaimIsNotEnough() {
        Score s = disagreements(disagreement("Pier", ev("v1"), ev("v9")));
        assertCounts(s, 0, 1, 1);
        assertEquals(List.of("Length of the Korvik pier: 400 m [v1, v2] | 450 m [v3]"), s.misses());
        assertEquals(List.of("Pier: value 0 [v1] | value 1 [v9]"), s.extras());
    }

    @Test
    void twoClaimsFromTheSameGoldSideDoNotMatch() {
        assertCounts(disagreements(disagreement("Pier", ev("v1"), ev("v2"))), 0, 1, 1);
    }

    @Test
    void aClaimCitingBothGoldSidesDisqualifiesThePrediction() {
        assertCounts(disagreements(disagreement("Pier", ev("v1", "v3"), ev("v2"))), 0, 1, 1);
    }

    @Test
    void optionalDisagreementIsNeitherHitNorExtra() {
        assertCounts(disagreements(disagreement("Wochentag", ev("v4"), ev("v5"))), 0, 0, 1);
    }

    @Test
    void twoPredictionsCannotBothMatchOneGoldDisagreement() {
        String one = disagreement("Pier", ev("v1"), ev("v3"));
        assertCounts(disagreements(one + "," + one), 1, 2, 1);
    }
}
