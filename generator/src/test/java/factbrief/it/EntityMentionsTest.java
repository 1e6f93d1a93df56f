package factbrief.it;

import factbrief.cli.App;
import factbrief.input.ClusterReader;
import factbrief.model.Cluster;
import factbrief.model.Entity;
import factbrief.model.EntityType;
import factbrief.model.Story;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Entity mentions of the seed cluster, annotated exactly as {@code scripts/seed-cluster.sh} does, against the hand
 * annotation in {@code entity-gold/seed-mentions.tsv} (conventions in {@code entity-gold/README.md}): precision,
 * recall and F1 of PERSON, ORG, GPE and FACILITY mentions, strict (same span) and lenient (overlapping span), each
 * with the same entity. Fails when either F1 falls below {@code entity-gold/baseline.tsv}.
 */
class EntityMentionsTest {
    private static final Set<EntityType> TYPES = Set.of(EntityType.PERSON, EntityType.ORG, EntityType.GPE,
            EntityType.FACILITY);
    private static final Path GOLD = Path.of("src/test/resources/entity-gold");

    @TempDir
    Path tmp;

    @Test
    void seedMentionsMatchTheHandAnnotation() throws IOException {
        Cluster cluster = annotateSeeds();
        List<MentionScore.Mention> names = new ArrayList<>();
        List<MentionScore.Mention> roles = new ArrayList<>();
        readGold(cluster, names, roles);
        List<MentionScore.Mention> system = systemMentions(cluster);

        MentionScore.Result strict = MentionScore.score("strict", true, names, roles, system);
        MentionScore.Result lenient = MentionScore.score("lenient", false, names, roles, system);
        System.out.println("entity mentions of the seed cluster (PERSON, ORG, GPE, FACILITY):");
        System.out.println("  " + strict.line());
        System.out.println("  " + lenient.line());
        System.out.printf(java.util.Locale.ROOT, "  role references found: %.3f of %d%n",
                MentionScore.roleRecall(names, roles, system), roles.size());
        System.out.println("strict misses:\n  " + String.join("\n  ", strict.misses()));
        System.out.println("strict extras:\n  " + String.join("\n  ", strict.extras()));
        System.out.println("lenient misses:\n  " + String.join("\n  ", lenient.misses()));
        System.out.println("lenient extras:\n  " + String.join("\n  ", lenient.extras()));

        Map<String, Double> baseline = new TreeMap<>();
        for (String line : Files.readAllLines(Repo.root().resolve("generator").resolve(GOLD).resolve("baseline.tsv"))) {
            if (!line.isBlank() && !line.startsWith("#")) {
                String[] p = line.split("\t");
                baseline.put(p[0], Double.parseDouble(p[1]));
            }
        }
        assertEquals(Set.of("strict", "lenient"), baseline.keySet());
        assertTrue(strict.f1() + 1e-9 >= baseline.get("strict"),
                "strict F1 " + strict.f1() + " fell below the baseline " + baseline.get("strict"));
        assertTrue(lenient.f1() + 1e-9 >= baseline.get("lenient"),
                "lenient F1 " + lenient.f1() + " fell below the baseline " + baseline.get("lenient"));
    }

    /** Runs {@code annotate @seeds/annotate.args} the way {@code scripts/seed-cluster.sh} does. */
    private Cluster annotateSeeds() throws IOException {
        Path root = Repo.root();
        List<String> args = new ArrayList<>(List.of("annotate"));
        for (String line : Files.readAllLines(root.resolve("seeds/annotate.args"))) {
            String a = line.strip().replaceAll("^\"|\"$", "");
            args.add(a.startsWith("seeds/") ? root.resolve(a).toString() : a);
        }
        Path out = tmp.resolve("seeds.cluster.json");
        args.add("-o");
        args.add(out.toString());
        assertEquals(0, App.commandLine(Clock.systemUTC()).execute(args.toArray(String[]::new)));
        return new ClusterReader().read(out);
    }

    /** Gold rows; checks each against the story text so a stale gold file fails loudly. */
    private static void readGold(Cluster cluster, List<MentionScore.Mention> names, List<MentionScore.Mention> roles)
            throws IOException {
        Path file = Repo.root().resolve("generator").resolve(GOLD).resolve("seed-mentions.tsv");
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] p = line.split("\t");
            assertEquals(7, p.length, line);
            Story story = cluster.story(p[0]).orElseThrow(() -> new AssertionError("no story " + p[0]));
            int start = Integer.parseInt(p[1]);
            int end = Integer.parseInt(p[2]);
            assertEquals(p[3], story.text().substring(story.charIndex(start), story.charIndex(end)), line);
            assertTrue(TYPES.contains(EntityType.valueOf(p[4])), line);
            MentionScore.Mention m = new MentionScore.Mention(p[0], start, end, p[5], p[3]);
            switch (p[6]) {
                case "name" -> names.add(m);
                case "role" -> roles.add(m);
                default -> throw new AssertionError("kind must be name or role: " + line);
            }
        }
    }

    /** The annotator's mentions of the four types, in code points. */
    private static List<MentionScore.Mention> systemMentions(Cluster cluster) {
        List<MentionScore.Mention> out = new ArrayList<>();
        for (Story s : cluster.stories()) {
            for (factbrief.model.Mention m : s.mentions()) {
                Entity e = cluster.entity(m.entity()).orElseThrow();
                if (TYPES.contains(e.type())) {
                    out.add(new MentionScore.Mention(s.id(), s.codePointIndex(m.start()), s.codePointIndex(m.end()),
                            e.id(), s.text().substring(m.start(), m.end())));
                }
            }
        }
        return out;
    }

    @Test
    void scorerOnAWorkedExample() {
        MentionScore.Mention a = new MentionScore.Mention("s", 0, 5, "Ann Lee", "Ann L");
        MentionScore.Mention b = new MentionScore.Mention("s", 10, 15, "Oslo", "Oslo.");
        MentionScore.Mention role = new MentionScore.Mention("s", 20, 30, "Ann Lee", "the Premier");
        List<MentionScore.Mention> system = List.of(
                new MentionScore.Mention("s", 0, 5, "ann-lee", "Ann L"),
                new MentionScore.Mention("s", 10, 14, "oslo", "Oslo"),
                new MentionScore.Mention("s", 22, 30, "ann-lee", "Premier"),
                new MentionScore.Mention("s", 40, 45, "ghost", "Ghost"));
        MentionScore.Result strict = MentionScore.score("strict", true, List.of(a, b), List.of(role), system);
        // right: a; missed: b (span differs); left out: the role reference; wrong: ghost and the short Oslo
        assertEquals(1, strict.truePositives());
        assertEquals(1, strict.ignored());
        assertEquals(1.0 / 3, strict.precision(), 1e-9);
        assertEquals(0.5, strict.recall(), 1e-9);
        MentionScore.Result lenient = MentionScore.score("lenient", false, List.of(a, b), List.of(role), system);
        assertEquals(2.0 / 3, lenient.precision(), 1e-9);
        assertEquals(1.0, lenient.recall(), 1e-9);
        assertEquals(0.8, lenient.f1(), 1e-9);
        assertEquals(1.0, MentionScore.roleRecall(List.of(a, b), List.of(role), system), 1e-9);
        // a mention linked to the wrong entity is not right, even on the right span
        List<MentionScore.Mention> swapped = List.of(new MentionScore.Mention("s", 0, 5, "oslo", "Ann L"),
                new MentionScore.Mention("s", 10, 15, "oslo", "Oslo."));
        assertEquals(1, MentionScore.score("strict", true, List.of(a, b), List.of(), swapped).truePositives());
    }
}
