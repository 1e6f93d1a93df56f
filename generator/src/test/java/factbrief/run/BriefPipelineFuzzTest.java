package factbrief.run;

import com.code_intelligence.jazzer.junit.FuzzTest;
import factbrief.input.ClusterReader;
import factbrief.input.InputException;
import factbrief.model.Cluster;
import factbrief.model.FactbriefException;
import factbrief.render.BriefRenderer;
import factbrief.render.RenderOptions;
import factbrief.render.RenderedBrief;
import factbrief.text.LanguageLayer;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Jazzer fuzz test of the whole brief pipeline (read, language layer, extraction, reconciliation, view, HTML, PDF,
 * JSON): any bytes give a complete brief or one of the documented failures, an {@link InputException} for the input
 * or a {@link FactbriefException} (a render failure); nothing else may be thrown. {@code mvn test} runs it in
 * regression mode over the committed seeds in {@code BriefPipelineFuzzTestInputs/briefOrDocumentedFailure/};
 * {@code JAZZER_FUZZ=1 mvn test -Dtest=BriefPipelineFuzzTest} fuzzes.
 */
class BriefPipelineFuzzTest {
    private static final Path NAME = Path.of("fuzzed.json");
    private static final ClusterReader READER = new ClusterReader();
    private static BriefJob job;

    private static synchronized BriefJob job() {
        if (job == null) {
            job = new BriefJob(LanguageLayer.shared(), new BriefRenderer(WeekFixtures.templates()));
        }
        return job;
    }

    @FuzzTest(maxDuration = "120s")
    void briefOrDocumentedFailure(byte[] bytes) {
        Cluster cluster;
        try {
            cluster = READER.read(NAME, bytes);
        } catch (InputException e) {
            return;
        }
        RenderedBrief brief;
        try {
            brief = job().render(cluster, LocalDate.of(2031, 3, 9), RenderOptions.defaults());
        } catch (FactbriefException e) {
            assertTrue(e.getMessage() != null && !e.getMessage().isBlank());
            return;
        }
        String html = new String(brief.html(), StandardCharsets.UTF_8).stripTrailing();
        assertTrue(html.endsWith("</html>"), "complete HTML");
        assertTrue(brief.pdf().length > 0 && brief.json().length > 0);
    }
}
