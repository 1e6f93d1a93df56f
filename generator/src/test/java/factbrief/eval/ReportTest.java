package factbrief.eval;

import factbrief.model.FactbriefException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static factbrief.eval.Fixtures.brief;
import static factbrief.eval.Fixtures.gold;
import static factbrief.eval.Fixtures.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ReportTest {
    private final Evaluator evaluator = new Evaluator();

    @Test
    void bothSidesEmptyScoresOne() {
        Score s = Score.of("meetings", 0, 0, 0, List.of(), List.of());
        assertEquals(List.of(1.0, 1.0, 1.0), List.of(s.precision(), s.recall(), s.f1()));
    }

    @Test
    void nothingPredictedScoresZeroF1() {
        Score s = Score.of("meetings", 0, 0, 2, List.of("a", "b"), List.of());
        assertEquals(List.of(1.0, 0.0, 0.0), List.of(s.precision(), s.recall(), s.f1()));
    }

    @Test
    void onlyExtrasScoreZeroF1() {
        Score s = Score.of("meetings", 0, 3, 0, List.of(), List.of("x", "y", "z"));
        assertEquals(List.of(0.0, 1.0, 0.0), List.of(s.precision(), s.recall(), s.f1()));
    }

    @Test
    void f1IsTheHarmonicMean() {
        Score s = Score.of("positions", 1, 2, 4, List.of(), List.of());
        assertEquals(0.5, s.precision());
        assertEquals(0.25, s.recall());
        assertEquals(1.0 / 3, s.f1(), 1e-12);
    }

    @Test
    void moreTruePositivesThanPredictionsIsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Score.of("followUps", 3, 2, 5, List.of(), List.of()));
        assertEquals("followUps: 3 true positives of 2 predicted and 5 gold", e.getMessage());
    }

    @Test
    void emptyBriefAgainstEmptyGoldIsPerfectInEveryCategory() {
        EvalReport r = evaluator.evaluate(gold(""), brief(""), null);
        assertEquals("harbour-test", r.cluster());
        assertEquals(Evaluator.CATEGORIES, r.primary().stream().map(Score::category).toList());
        r.scores().forEach(s -> assertEquals(1.0, s.f1(), s.category()));
    }

    @Test
    void clusterNameFallsBackToTheBrief() {
        assertEquals("harbour-test", evaluator.evaluate(json("{}"), brief(""), null).cluster());
    }

    @Test
    void otherDocumentFormatsAreRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> evaluator.evaluate(gold(""), json("{'format':'factbrief.cluster/1'}"), null));
        assertEquals("not a factbrief.brief/1 document: format is factbrief.cluster/1", e.getMessage());
    }

    @Test
    void tableIsAligned() {
        EvalReport r = new EvalReport("harbour-test", List.of(
                Score.of("meetings", 1, 2, 1, List.of(), List.of("Voss + Dunn")),
                Score.of("meetings.date", 1, 1, 1, List.of(), List.of()),
                Score.of("sourceFlags", 0, 0, 0, List.of(), List.of())), 2);
        assertEquals("""
                harbour-test
                category           TP  pred  gold      P      R     F1
                meetings            1     2     1  0.500  1.000  0.667
                  meetings.date     1     1     1  1.000  1.000  1.000
                sourceFlags         0     0     0  1.000  1.000  1.000
                bad evidence spans: 2
                """, r.table());
        assertEquals("""
                meetings
                  extra: Voss + Dunn
                """, r.details());
    }

    @Test
    void totalMicroAveragesAcrossClusters() {
        EvalReport a = new EvalReport("north", List.of(
                Score.of("meetings", 1, 1, 1, List.of(), List.of()),
                Score.of("positions", 2, 2, 2, List.of(), List.of())), 1);
        EvalReport b = new EvalReport("south", List.of(
                Score.of("meetings", 0, 1, 2, List.of("Voss + Ibáñez", "Dunn + Vik"), List.of("Adler + Vik")),
                Score.of("positions", 0, 0, 0, List.of(), List.of())), -1);
        EvalReport t = EvalReport.total(List.of(a, b));
        assertEquals(EvalReport.TOTAL, t.cluster());
        Score m = t.score("meetings").orElseThrow();
        assertEquals(List.of(1, 2, 3), List.of(m.truePositives(), m.predicted(), m.gold()));
        assertEquals(0.4, m.f1(), 1e-12);
        assertEquals(List.of("south: Voss + Ibáñez", "south: Dunn + Vik"), m.misses());
        assertEquals(List.of("south: Adler + Vik"), m.extras());
        assertEquals(1.0, t.score("positions").orElseThrow().f1());
        assertEquals(1, t.badEvidenceSpans());
        assertEquals(-1, EvalReport.total(List.of(b)).badEvidenceSpans());
    }

    @Test
    void readTreeNamesTheFileLineAndColumnOfASyntaxError(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("gold.json");
        Files.writeString(file, "{\n  \"cluster\": \"x\",\n  oops\n}\n", StandardCharsets.UTF_8);
        FactbriefException e = assertThrows(FactbriefException.class, () -> Evaluator.readTree(file));
        assertEquals(file + ":3:3: ", e.getMessage().substring(0, (file + ":3:3: ").length()));
        assertEquals(Evaluator.EXIT_UNREADABLE, e.exitCode());
    }

    @Test
    void readTreeReadsUtf8(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("brief.json");
        Files.writeString(file, "{\"title\": \"Ibáñez 🚢\"}", StandardCharsets.UTF_8);
        assertEquals("Ibáñez 🚢", Evaluator.readTree(file).get("title").asText());
    }
}
