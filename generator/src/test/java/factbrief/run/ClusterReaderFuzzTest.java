package factbrief.run;

import com.code_intelligence.jazzer.junit.FuzzTest;
import factbrief.input.ClusterReader;
import factbrief.input.InputException;
import factbrief.model.Cluster;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Jazzer fuzz test of {@link ClusterReader}: any bytes are read into a cluster or rejected with an
 * {@link InputException} that names the file and a location; nothing else may be thrown. {@code mvn test} runs it in
 * regression mode over the committed seeds in {@code ClusterReaderFuzzTestInputs/readsOrRejects/}. To fuzz (findings
 * are written to that folder as {@code crash-*}):
 * {@code JAZZER_FUZZ=1 JAZZER_INSTRUMENTATION_INCLUDES='factbrief.**:com.fasterxml.**' mvn test
 * -Dtest=ClusterReaderFuzzTest}. Its first finding, a number with an exponent beyond the int range, is one of the
 * seeds.
 */
class ClusterReaderFuzzTest {
    private static final Path NAME = Path.of("fuzzed.json");
    private static final ClusterReader READER = new ClusterReader();

    @FuzzTest(maxDuration = "60s")
    void readsOrRejects(byte[] bytes) {
        Cluster cluster;
        try {
            cluster = READER.read(NAME, bytes);
        } catch (InputException e) {
            assertEquals(NAME, e.file());
            assertTrue(e.getMessage().startsWith(NAME + ":"), e.getMessage());
            assertTrue(e.line() > 0 || e.pointer() != null, () -> "no location: " + e.getMessage());
            return;
        }
        assertNotNull(cluster.id());
        assertTrue(WeeklyRun.SLUG.matcher(cluster.id()).matches(), cluster.id());
        assertTrue(!cluster.stories().isEmpty());
    }
}
