package factbrief.eval;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.util.List;

import static factbrief.eval.Fixtures.brief;
import static factbrief.eval.Fixtures.ev;
import static factbrief.eval.Fixtures.gold;
import static factbrief.eval.Fixtures.score;
import static org.junit.jupiter.api.Assertions.assertEquals;

class PositionsEvalTest {
    private static final JsonNode GOLD = gold("""
            'positions':[
              {'holder':'Mara Voss','target':'Korvik harbour','stance':'negative',
               'gist':'Warns against the harbour deal.','quote':'Der Hafen ist ein Risiko','stories':['v1','v2']},
              {'holder':'Veldania Daily','target':'Korvik harbour','kind':'framing','stance':'neutral',
               'gist':'Places the visit in the context of the harbour deal.','quote':null,'stories':['v2']},
              {'holder':'Tomás Ibáñez and Ilse Brandt (joint statement)','target':'Northern Trade Pact (NTP)',
               'stance':'positive','gist':'Both welcome the pact.','stories':['v4']}],
            'optionalPositions':[
              {'holder':'Mara Voss','target':'Ostria','stance':'positive','gist':'Ostria is a friend.',
               'stories':['v1']}]
            """);

    private final Evaluator evaluator = new Evaluator();

    private Score positions(String items) {
        return score(evaluator.evaluate(GOLD, brief("'positions':[" + items + "]"), null), "positions");
    }

    private static String position(String holder, String target, String kind, String stance, String evidence) {
        return "{'holder':{'name':'" + holder + "','entity':null},'target':{'name':'" + target
                + "','entity':null},'kind':'" + kind + "','stance':'" + stance
                + "','summary':'','quote':null,'quoteLanguage':null,'evidence':" + evidence + "}";
    }

    private static void assertCounts(Score s, int tp, int predicted, int gold) {
        assertEquals(List.of(tp, predicted, gold), List.of(s.truePositives(), s.predicted(), s.gold()), s.category());
    }

    @Test
    void holderTargetKindAndStoriesMatch() {
        EvalReport r = evaluator.evaluate(GOLD,
                brief("'positions':[" + position("Voss", "Port of Korvik", "statement", "negative", ev("v1")) + "]"),
                null);
        assertCounts(score(r, "positions"), 1, 1, 3);
        assertCounts(score(r, "positions.stance"), 1, 1, 1);
    }

    @Test
    void stanceIsASecondaryFigureOnly() {
        EvalReport r = evaluator.evaluate(GOLD,
                brief("'positions':[" + position("Voss", "Korvik", "statement", "positive", ev("v1")) + "]"), null);
        assertCounts(score(r, "positions"), 1, 1, 3);
        assertCounts(score(r, "positions.stance"), 0, 1, 1);
    }

    @Test
    void wrongHolderDoesNotMatch() {
        Score s = positions(position("Ilse Brandt", "Korvik harbour", "statement", "negative", ev("v1")));
        assertCounts(s, 0, 1, 3);
        assertEquals(List.of("Ilse Brandt → Korvik harbour (statement) [v1]"), s.extras());
    }

    @Test
    void wrongTargetDoesNotMatch() {
        assertCounts(positions(position("Mara Voss", "Lund harbour", "statement", "negative", ev("v1"))), 0, 1, 3);
    }

    @Test
    void disjointStoriesDoNotMatch() {
        assertCounts(positions(position("Mara Voss", "Korvik harbour", "statement", "negative", ev("v3"))), 0, 1, 3);
    }

    @Test
    void framingAndStatementMustAgree() {
        assertCounts(positions(position("Veldania Daily", "Korvik", "statement", "neutral", ev("v2"))), 0, 1, 3);
        assertCounts(positions(position("Veldania Daily", "Korvik", "framing", "neutral", ev("v2"))), 1, 1, 3);
    }

    @Test
    void jointHolderMatchesEitherSpeakerAndAcronymTargets() {
        assertCounts(positions(position("Tomas Ibanez", "NTP", "statement", "positive", ev("v4"))), 1, 1, 3);
        assertCounts(positions(position("Ilse Brandt", "Northern Trade Pact", "statement", "positive", ev("v4"))),
                1, 1, 3);
    }

    @Test
    void optionalItemIsNeitherHitNorExtraAndMissingItCostsNothing() {
        Score withOptional = positions(position("Mara Voss", "Ostria", "statement", "positive", ev("v1")));
        assertCounts(withOptional, 0, 0, 3);
        assertEquals(List.of(), withOptional.extras());
        assertEquals(3, withOptional.misses().size());
    }

    @Test
    void secondCopyOfAnOptionalItemIsAnExtra() {
        String optional = position("Mara Voss", "Ostria", "statement", "positive", ev("v1"));
        assertCounts(positions(optional + "," + optional), 0, 1, 3);
    }

    @Test
    void twoPredictionsCannotBothMatchOneGoldPosition() {
        String one = position("Mara Voss", "Korvik harbour", "statement", "negative", ev("v1"));
        Score s = positions(one + "," + one);
        assertCounts(s, 1, 2, 3);
        assertEquals(1, s.extras().size());
    }

    @Test
    void requiredMatchesArePreferredOverOptionalOnes() {
        // a Voss prediction about Korvik and Ostria fits both; the Korvik-only one must not lose the required item
        String first = position("Mara Voss", "Korvik and Ostria", "statement", "negative", ev("v1"));
        String second = position("Mara Voss", "Korvik harbour", "statement", "negative", ev("v1"));
        Score s = positions(first + "," + second);
        assertCounts(s, 1, 1, 3);
        assertEquals(List.of(), s.extras());
    }
}
