package factbrief.eval;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.util.List;

import static factbrief.eval.Fixtures.brief;
import static factbrief.eval.Fixtures.gold;
import static factbrief.eval.Fixtures.score;
import static org.junit.jupiter.api.Assertions.assertEquals;

class SourceFlagsEvalTest {
    private static final JsonNode GOLD = gold("""
            'sourceFlags':[
              {'story':'v2','flag':'translation-of','of':'v1','why':'same text in another language'},
              {'story':'v3','flag':'off-event','of':null,'why':'an older visit'}],
            'optionalSourceFlags':[
              {'story':'v4','flag':'stale','of':null,'why':'written before the visit'}]
            """);

    private final Evaluator evaluator = new Evaluator();

    private Score flags(String sources) {
        return score(evaluator.evaluate(GOLD, brief("'sources':[" + sources + "]"), null), "sourceFlags");
    }

    private static String source(String story, String flag, String of) {
        return "{'story':'" + story + "','site':'example.org','language':'en','independent':false,'flags':[{'flag':'"
                + flag + "','of':" + (of == null ? "null" : "'" + of + "'") + ",'why':'test'}]}";
    }

    private static void assertCounts(Score s, int tp, int predicted, int gold) {
        assertEquals(List.of(tp, predicted, gold), List.of(s.truePositives(), s.predicted(), s.gold()), s.category());
    }

    @Test
    void exactFlagsMatch() {
        Score s = flags(source("v2", "translation-of", "v1") + "," + source("v3", "off-event", null));
        assertCounts(s, 2, 2, 2);
        assertEquals(1.0, s.f1());
    }

    @Test
    void translationOfTheWrongOriginalDoesNotMatch() {
        Score s = flags(source("v2", "translation-of", "v5"));
        assertCounts(s, 0, 1, 2);
        assertEquals(List.of("v2 translation-of of v5"), s.extras());
        assertEquals(List.of("v2 translation-of of v1", "v3 off-event"), s.misses());
    }

    @Test
    void ofIsIgnoredForOtherFlags() {
        assertCounts(flags(source("v3", "off-event", "v1")), 1, 1, 2);
    }

    @Test
    void wrongStoryOrFlagDoesNotMatch() {
        assertCounts(flags(source("v4", "off-event", null)), 0, 1, 2);
        assertCounts(flags(source("v3", "stale", null)), 0, 1, 2);
    }

    @Test
    void optionalFlagIsNeitherHitNorExtraButAnUnlistedFlagIsAnExtra() {
        Score s = flags(source("v4", "stale", null) + "," + source("v5", "unsupported-language", null));
        assertCounts(s, 0, 1, 2);
        assertEquals(List.of("v5 unsupported-language"), s.extras());
    }
}
