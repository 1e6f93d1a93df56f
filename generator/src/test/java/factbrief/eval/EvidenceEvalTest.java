package factbrief.eval;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.util.List;

import static factbrief.eval.Fixtures.brief;
import static factbrief.eval.Fixtures.gold;
import static factbrief.eval.Fixtures.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EvidenceEvalTest {
    /** "Korvik" starts at code point 8 but at UTF-16 index 9: the ship emoji is two chars. */
    private static final JsonNode STORIES = json("""
            {'stories':[{'id':'v1','text':'Hafen 🚢 Korvik öffnet'},{'id':'v2','text':'Voss trifft Ibáñez.'}]}
            """);

    private final Evaluator evaluator = new Evaluator();

    private static JsonNode briefWithSpans(String spans) {
        return brief("'followUps':[{'action':'x','status':'agreed','parties':[],'evidence':[" + spans + "]}]");
    }

    @Test
    void codePointSpansAfterAnEmojiAreGood() {
        JsonNode brief = briefWithSpans("""
                {'story':'v1','start':8,'end':14,'text':'Korvik'},
                {'story':'v1','start':15,'end':21,'text':'öffnet'},
                {'story':'v2','start':12,'end':18,'text':'Ibáñez'}""");
        assertEquals(List.of(), evaluator.badEvidence(brief, STORIES));
        assertEquals(0, evaluator.evaluate(gold(""), brief, STORIES).badEvidenceSpans());
    }

    @Test
    void utf16IndicesUnknownStoriesAndOverrunsAreBad() {
        JsonNode brief = briefWithSpans("""
                {'story':'v1','start':8,'end':14,'text':'Korvik'},
                {'story':'v1','start':9,'end':15,'text':'Korvik'},
                {'story':'v9','start':0,'end':1,'text':'H'},
                {'story':'v2','start':12,'end':40,'text':'Ibáñez'},
                {'story':'v2','start':0,'text':'V'}""");
        assertEquals(List.of(
                "/followUps/0/evidence/1: v1 [9, 15): text \"Korvik\" but slice \"orvik \"",
                "/followUps/0/evidence/2: unknown story v9",
                "/followUps/0/evidence/3: v2 [12, 40) is outside the text (19 code points)",
                "/followUps/0/evidence/4: incomplete span"), evaluator.badEvidence(brief, STORIES));
        EvalReport r = evaluator.evaluate(gold(""), brief, STORIES);
        assertEquals(4, r.badEvidenceSpans());
        assertTrue(r.evidenceChecked());
    }

    @Test
    void spansInDisagreementClaimsAreChecked() {
        JsonNode brief = brief("""
                'disagreements':[{'topic':'t','claims':[{'value':'a','evidence':[
                   {'story':'v1','start':0,'end':5,'text':'Hafen'}]},{'value':'b','evidence':[
                   {'story':'v2','start':0,'end':4,'text':'Vos'}]}]}]""");
        assertEquals(List.of("/disagreements/0/claims/1/evidence/0: v2 [0, 4): text \"Vos\" but slice \"Voss\""),
                evaluator.badEvidence(brief, STORIES));
    }

    @Test
    void withoutStoryTextsSpansAreNotChecked() {
        EvalReport r = evaluator.evaluate(gold(""), briefWithSpans("{'story':'v9','start':0,'end':1,'text':'?'}"),
                null);
        assertEquals(-1, r.badEvidenceSpans());
        assertFalse(r.evidenceChecked());
        assertTrue(r.table().endsWith("bad evidence spans: not checked (no story texts)\n"));
    }

    @Test
    void storyFileWithoutStoriesIsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> evaluator.badEvidence(briefWithSpans(""), json("{'cluster':'x'}")));
        assertEquals("no \"stories\" array in the story file", e.getMessage());
    }
}
