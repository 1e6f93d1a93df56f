package factbrief.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import factbrief.cli.App;
import factbrief.input.ClusterReader;
import factbrief.model.Cluster;
import factbrief.model.Story;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import picocli.CommandLine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * All dev-set stories mixed in one pile and clustered: every gold cluster's on-event stories come back in one output
 * cluster, no output cluster mixes two gold clusters, and no story flagged off-event in the gold shares a cluster with
 * on-event stories. Skips without the dev set ({@code -Dfactbrief.devset=DIR} points at one).
 */
class ClusterDevsetTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    @Test
    void devsetStoriesComeBackInTheirEvents() throws IOException {
        Path devset = Repo.devset();
        Assumptions.assumeTrue(Files.isDirectory(devset), "no dev set at " + devset + ": clustering test skipped");
        List<Path> folders;
        try (Stream<Path> s = Files.list(devset)) {
            folders = s.filter(p -> Files.isRegularFile(p.resolve("stories.json"))).sorted().toList();
        }
        Assumptions.assumeTrue(folders.size() >= 2, "fewer than two dev clusters in " + devset);
        Map<String, String> gold = new TreeMap<>(); // on-event story -> gold cluster
        Set<String> offEvent = new TreeSet<>();
        List<String> args = new ArrayList<>(List.of("cluster"));
        for (Path f : folders) {
            Set<String> off = new HashSet<>();
            for (JsonNode flag : JSON.readTree(f.resolve("gold.json").toFile()).path("sourceFlags")) {
                if (flag.path("flag").asText().equals("off-event")) {
                    off.add(flag.path("story").asText());
                }
            }
            for (JsonNode s : JSON.readTree(f.resolve("stories.json").toFile()).path("stories")) {
                String id = s.path("id").asText();
                if (off.contains(id)) {
                    offEvent.add(id);
                } else {
                    gold.put(id, f.getFileName().toString());
                }
            }
            args.add(f.resolve("stories.json").toString());
        }
        Path out = tmp.resolve("clusters");
        args.addAll(List.of("-o", out.toString()));
        StringWriter printed = new StringWriter();
        CommandLine cl = App.commandLine(Clock.systemUTC());
        cl.setOut(new PrintWriter(printed));
        assertEquals(0, cl.execute(args.toArray(String[]::new)));
        System.out.println(printed);

        Map<String, List<String>> predicted = new TreeMap<>(); // output cluster -> stories
        try (Stream<Path> files = Files.list(out)) {
            for (Path file : files.sorted().toList()) {
                Cluster c = new ClusterReader().read(file);
                predicted.put(c.id(), c.stories().stream().map(Story::id).toList());
            }
        }
        Scores scores = Scores.of(predicted, gold);
        System.out.printf(Locale.ROOT, "clustering: purity %.3f, inverse purity %.3f over %d on-event stories; "
                + "%d output clusters%n", scores.purity, scores.inversePurity, gold.size(), predicted.size());

        StringBuilder problems = new StringBuilder();
        Map<String, Set<String>> outputsOfGold = new TreeMap<>();
        Map<String, String> outputOf = new HashMap<>();
        predicted.forEach((c, ids) -> ids.forEach(id -> outputOf.put(id, c)));
        gold.forEach((id, g) -> outputsOfGold.computeIfAbsent(g, k -> new TreeSet<>()).add(outputOf.get(id)));
        outputsOfGold.forEach((g, outs) -> {
            if (outs.size() != 1) {
                problems.append("gold cluster ").append(g).append(" is split over ").append(outs).append('\n');
            }
        });
        predicted.forEach((c, ids) -> {
            Set<String> golds = new TreeSet<>();
            ids.stream().filter(gold::containsKey).forEach(id -> golds.add(gold.get(id)));
            if (golds.size() > 1) {
                problems.append(c).append(" mixes gold clusters ").append(golds).append('\n');
            }
            if (!golds.isEmpty()) {
                ids.stream().filter(offEvent::contains).forEach(id -> problems.append("off-event story ").append(id)
                        .append(" is in ").append(c).append(" with on-event stories of ").append(golds).append('\n'));
            }
        });
        assertEquals(gold.size() + offEvent.size(), outputOf.size(), "every story lands in exactly one cluster");
        assertEquals("", problems.toString());
        assertEquals(1.0, scores.purity, 1e-9);
        assertEquals(1.0, scores.inversePurity, 1e-9);
    }

    /** Purity and inverse purity of the output clusters against the gold clusters, over on-event stories. */
    record Scores(double purity, double inversePurity) {
        static Scores of(Map<String, List<String>> predicted, Map<String, String> gold) {
            Map<String, Map<String, Integer>> overlap = new TreeMap<>(); // output -> gold -> count
            Map<String, Map<String, Integer>> inverse = new TreeMap<>(); // gold -> output -> count
            predicted.forEach((c, ids) -> ids.stream().filter(gold::containsKey).forEach(id -> {
                overlap.computeIfAbsent(c, k -> new TreeMap<>()).merge(gold.get(id), 1, Integer::sum);
                inverse.computeIfAbsent(gold.get(id), k -> new TreeMap<>()).merge(c, 1, Integer::sum);
            }));
            double n = gold.size();
            int pure = overlap.values().stream().mapToInt(m -> m.values().stream().max(Integer::compare).orElse(0))
                    .sum();
            int whole = inverse.values().stream().mapToInt(m -> m.values().stream().max(Integer::compare).orElse(0))
                    .sum();
            return new Scores(pure / n, whole / n);
        }
    }
}
