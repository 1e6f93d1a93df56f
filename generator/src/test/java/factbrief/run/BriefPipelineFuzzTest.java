package factbrief.run;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Jazzer fuzz test of the whole brief pipeline (read, language layer, extraction, reconciliation, view, HTML, PDF,
 * JSON): any bytes give a complete brief or one of the documented failures, an {@link InputException} for the input
 * or a {@link FactbriefException} (a render failure); nothing else may be thrown. {@code mvn test} runs it in
 * regression mode over the committed seeds in {@code BriefPipelineFuzzTestInputs/<method>/}. To fuzz:
 * {@code JAZZER_FUZZ=1 JAZZER_INSTRUMENTATION_INCLUDES='factbrief.**' mvn test -Dtest=BriefPipelineFuzzTest}.
 *
 * <p>{@link #briefOrDocumentedFailure} takes raw bytes, so most mutants stop at the reader;
 * {@link #briefOfAnyValidCluster} builds a well-formed cluster around fuzzed story text, names and languages, so that
 * the language layer, extraction, reconciliation and rendering see hostile text.
 */
class BriefPipelineFuzzTest {
    private static final Path NAME = Path.of("fuzzed.json");
    private static final ClusterReader READER = new ClusterReader();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String[] LANGUAGES = {"en", "de", "fr", "es", "it", "pt", "nl", "zz"};
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
        briefOrRenderFailure(cluster);
    }

    @FuzzTest(maxDuration = "120s")
    void briefOfAnyValidCluster(FuzzedDataProvider data) {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", "factbrief.cluster/1");
        ObjectNode c = root.putObject("cluster");
        c.put("id", "fuzzed");
        c.put("title", "Fuzzed " + plain(data.consumeString(60)));
        int entities = data.consumeInt(1, 4);
        List<String> names = new ArrayList<>();
        ArrayNode es = root.putArray("entities");
        for (int i = 0; i < entities; i++) {
            String name = "N" + i + " " + plain(data.consumeString(30)); // never blank, so mostly past the reader
            names.add(name);
            ObjectNode e = es.addObject();
            e.put("id", "e" + i);
            e.put("name", name);
            e.put("type", data.pickValue(new String[] {"PERSON", "ORG", "GPE", "LOC", "FACILITY", "EVENT", "OTHER"}));
            e.putArray("roles").add("R " + plain(data.consumeString(20)));
        }
        if (data.consumeBoolean()) {
            c.putArray("focus").add("e" + data.consumeInt(0, entities - 1));
        }
        ArrayNode stories = root.putArray("stories");
        int count = data.consumeInt(1, 3);
        for (int s = 0; s < count; s++) {
            ObjectNode story = stories.addObject();
            story.put("id", "s" + s);
            story.put("language", data.pickValue(LANGUAGES));
            story.put("published", "2031-03-0" + data.consumeInt(1, 9));
            StringBuilder text = new StringBuilder("Story " + s + ". ");
            ArrayNode mentions = JSON.createArrayNode();
            int parts = data.consumeInt(1, 6);
            for (int k = 0; k < parts; k++) {
                text.append(data.consumeString(120).replaceAll("[\\p{Cc}&&[^\\n\\t]]", " "));
                int e = data.consumeInt(0, entities - 1);
                int start = text.codePointCount(0, text.length());
                text.append(names.get(e));
                ObjectNode m = mentions.addObject();
                m.put("entity", "e" + e);
                m.put("start", start);
                m.put("end", text.codePointCount(0, text.length()));
            }
            text.append(data.consumeRemainingAsString().length() > 0 && s == count - 1 ? "." : " end.");
            story.put("text", text.toString());
            story.set("mentions", mentions);
        }
        Cluster cluster;
        try {
            cluster = READER.read(NAME, JSON.writeValueAsBytes(root));
        } catch (InputException e) {
            return; // e.g. a control character or a blank name: the reader's business
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        briefOrRenderFailure(cluster);
    }

    /** Without control and format characters, which the reader rejects in names and titles (tested on its own). */
    private static String plain(String s) {
        return s.replaceAll("[\\p{Cc}\\p{Cf}\\p{Cs}]", " ");
    }

    private static void briefOrRenderFailure(Cluster cluster) {
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
