package factbrief.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import factbrief.annotate.ClusterFixtures;
import factbrief.annotate.RawStory;
import factbrief.input.ClusterReader;
import factbrief.model.Cluster;
import factbrief.model.Story;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code factbrief cluster} end to end on invented stories given as JSON Lines and a stories JSON file. */
class ClusterCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2031-03-09T12:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path tmp;

    private record Run(int code, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = App.commandLine(CLOCK);
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int code = cl.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    private static ObjectNode json(RawStory s) {
        ObjectNode n = JSON.createObjectNode();
        n.put("id", s.id());
        n.put("text", s.text());
        n.put("language", s.language());
        n.put("site", s.site());
        n.put("published", s.published().toString());
        return n;
    }

    @Test
    void writesOneValidClusterFilePerEventAndPrintsWhereEachStoryWent() throws IOException {
        Path jsonl = tmp.resolve("polar.jsonl");
        StringBuilder lines = new StringBuilder();
        for (RawStory s : ClusterFixtures.POLAR) {
            lines.append(JSON.writeValueAsString(json(s))).append('\n');
        }
        Files.writeString(jsonl, lines, StandardCharsets.UTF_8);
        Path storiesJson = tmp.resolve("trade.json");
        ObjectNode root = JSON.createObjectNode();
        ClusterFixtures.TRADE.forEach(s -> root.withArray("stories").add(json(s)));
        Files.write(storiesJson, JSON.writeValueAsBytes(root));
        Path out = tmp.resolve("out");

        Run r = run("cluster", jsonl.toString(), storiesJson.toString(), "-o", out.toString());

        assertEquals(0, r.code(), r.err());
        List<Cluster> clusters = new ArrayList<>();
        try (Stream<Path> files = Files.list(out)) {
            for (Path f : files.sorted().toList()) {
                clusters.add(new ClusterReader().read(f)); // validates against factbrief.cluster/1
                assertEquals(clusters.get(clusters.size() - 1).id() + ".json", f.getFileName().toString());
            }
        }
        assertEquals(2, clusters.size());
        Set<Set<String>> grouping = new java.util.HashSet<>();
        for (Cluster c : clusters) {
            grouping.add(new TreeSet<>(c.stories().stream().map(Story::id).toList()));
            assertTrue(r.out().contains(c.id() + "  "), r.out());
            assertTrue(r.out().contains(c.title()), r.out());
        }
        assertEquals(Set.of(Set.of("polar-en", "polar-es", "polar-en-2"), Set.of("trade-en", "trade-de")), grouping);
        for (Cluster c : clusters) {
            for (Story s : c.stories()) {
                assertTrue(r.out().lines().anyMatch(l -> l.startsWith(s.id() + " ") && l.endsWith(" " + c.id())),
                        s.id() + " -> " + c.id() + " missing in\n" + r.out());
            }
        }
        assertTrue(r.out().contains("wrote 2 cluster files to " + out), r.out());
    }

    @Test
    void aThresholdOutsideZeroToOneIsAUsageError() {
        Run r = run("cluster", tmp.resolve("none.json").toString(), "-o", tmp.toString(), "--threshold", "1.5");
        assertEquals(App.USAGE, r.code());
        assertEquals("factbrief: --threshold must be between 0 and 1, not 1.5\n", r.err().replace("\r\n", "\n"));
    }

    @Test
    void anUnreadableInputIsRejectedAndNothingIsWritten() {
        Path out = tmp.resolve("out");
        Run r = run("cluster", tmp.resolve("missing.json").toString(), "-o", out.toString());
        assertEquals(App.INPUT_ERROR, r.code());
        assertTrue(r.err().startsWith("factbrief: " + tmp.resolve("missing.json") + ": cannot read"), r.err());
        assertTrue(Files.notExists(out));
    }
}
