package factbrief.it;

import factbrief.eval.EvalReport;
import factbrief.eval.Score;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Fails when any category's F1 on a dev set drops below its committed baseline: the shared dev set (skipped when
 * absent) and factbrief's own invented clusters in the test resources.
 */
class DevsetRatchetTest {
    @Test
    void noCategoryFallsBelowBaseline() throws Exception {
        Path devset = Repo.devset();
        Assumptions.assumeTrue(Files.isDirectory(devset), "no dev set at " + devset + ": ratchet skipped");
        check(devset, "devset-baseline.tsv");
    }

    @Test
    void noCategoryFallsBelowBaselineOnOwnClusters() throws Exception {
        check(Repo.root().resolve("generator/src/test/resources/own-devset"), "own-devset-baseline.tsv");
    }

    private static void check(Path devset, String baselineName) throws Exception {
        Method m = Class.forName("factbrief.cli.EvalCommand").getDeclaredMethod("devset", Path.class);
        m.setAccessible(true);
        @SuppressWarnings("unchecked")
        List<EvalReport> reports = (List<EvalReport>) m.invoke(null, devset);
        EvalReport total = EvalReport.total(reports);
        assertEquals(0, total.badEvidenceSpans(), "evidence spans that do not match their story text");
        Path baselineFile = Repo.root().resolve("generator/src/test/resources/" + baselineName);
        Map<String, Double> baseline = new TreeMap<>();
        for (String line : Files.readAllLines(baselineFile)) {
            if (!line.isBlank() && !line.startsWith("#")) {
                String[] p = line.split("\t");
                baseline.put(p[0], Double.parseDouble(p[1]));
            }
        }
        StringBuilder now = new StringBuilder();
        for (Score s : total.primary()) {
            now.append(s.category()).append('\t').append(String.format(Locale.ROOT, "%.3f", s.f1())).append('\n');
        }
        for (Score s : total.primary()) {
            Double floor = baseline.get(s.category());
            assertTrue(floor != null, "no baseline for " + s.category() + "; now:\n" + now);
            assertTrue(s.f1() + 1e-9 >= floor, s.category() + " F1 " + s.f1() + " fell below baseline " + floor
                    + "\n" + total.table());
        }
    }
}
