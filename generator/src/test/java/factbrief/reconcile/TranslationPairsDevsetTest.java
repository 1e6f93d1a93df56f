package factbrief.reconcile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import factbrief.annotate.Annotator;
import factbrief.annotate.Gazetteer;
import factbrief.annotate.RawReader;
import factbrief.model.Cluster;
import factbrief.text.AnalyzedStory;
import factbrief.text.LanguageLayer;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The translation score of every cross-language pair of dev-set stories, within each cluster and across clusters:
 * the pairs the gold calls translations must clear the threshold, every other pair must stay under it. Prints the
 * table and the margin; skips without the dev set.
 */
class TranslationPairsDevsetTest {
    private record Row(String label, boolean translation, Translations.Alignment a) {
    }

    @Test
    void goldTranslationsScoreAboveEveryOtherPair() throws Exception {
        Path root = Path.of(System.getProperty("factbrief.root", "..")).toAbsolutePath().normalize();
        String override = System.getProperty("factbrief.devset", "");
        Path devset = override.isBlank() ? root.resolve("../shared/devset").normalize() : Path.of(override);
        Assumptions.assumeTrue(Files.isDirectory(devset), "no dev set at " + devset + ": skipped");
        List<Path> folders;
        try (Stream<Path> s = Files.list(devset)) {
            folders = s.filter(p -> Files.isRegularFile(p.resolve("gold.json"))).sorted().toList();
        }
        ObjectMapper json = new ObjectMapper();
        Annotator annotator = new Annotator(Gazetteer.load(null), LanguageLayer.shared());
        List<List<AnalyzedStory>> clusters = new ArrayList<>();
        Set<String> gold = new HashSet<>();
        for (Path f : folders) {
            RawReader.Batch b = new RawReader().read(f.resolve("stories.json"));
            Cluster c = annotator.annotate(f.getFileName().toString(), "dev", b.stories(), List.of());
            clusters.add(c.stories().stream().map(st -> LanguageLayer.shared().analyze(st, st.language())).toList());
            for (JsonNode flag : json.readTree(f.resolve("gold.json").toFile()).path("sourceFlags")) {
                if (flag.path("flag").asText().equals("translation-of")) {
                    gold.add(flag.path("story").asText() + "|" + flag.path("of").asText());
                }
            }
        }
        List<Row> rows = new ArrayList<>();
        for (int c = 0; c < clusters.size(); c++) {
            for (int d = c; d < clusters.size(); d++) {
                List<AnalyzedStory> context = new ArrayList<>(clusters.get(c));
                if (d != c) {
                    context.addAll(clusters.get(d));
                }
                Translations t = new Translations(context);
                int n = clusters.get(c).size();
                for (int i = 0; i < context.size(); i++) {
                    for (int j = Math.max(i + 1, d == c ? 0 : n); j < context.size(); j++) {
                        if (d != c && i >= n) {
                            continue;
                        }
                        AnalyzedStory x = context.get(i);
                        AnalyzedStory y = context.get(j);
                        if (x.language().equals(y.language())) {
                            continue;
                        }
                        String ix = x.story().id();
                        String iy = y.story().id();
                        boolean tr = gold.contains(ix + "|" + iy) || gold.contains(iy + "|" + ix);
                        rows.add(new Row((d == c ? "" : "x ") + ix + " (" + x.language() + ") ~ " + iy + " ("
                                + y.language() + ")", tr, t.align(i, j)));
                    }
                }
            }
        }
        rows.sort((p, q) -> Double.compare(q.a().score(), p.a().score()));
        StringBuilder table = new StringBuilder();
        for (Row r : rows.subList(0, Math.min(rows.size(), 40))) {
            table.append(String.format(Locale.ROOT, "%s %.3f  covX %.3f covY %.3f  aligned %d/%d of %d/%d  %s%n",
                    (r.translation() ? "T" : " ") + (r.a().translation() ? "F" : " "), r.a().score(), r.a().coverageX(), r.a().coverageY(),
                    r.a().alignedX(), r.a().alignedY(), r.a().sentencesX(), r.a().sentencesY(), r.label()));
        }
        double lowestTrue = rows.stream().filter(Row::translation).mapToDouble(r -> r.a().score()).min().orElse(1);
        double highestFalse = rows.stream().filter(r -> !r.translation()).mapToDouble(r -> r.a().score()).max()
                .orElse(0);
        table.append(String.format(Locale.ROOT, "%d pairs; lowest translation %.3f, highest other %.3f%n",
                rows.size(), lowestTrue, highestFalse));
        System.out.println(table);
        for (Row r : rows) {
            assertEquals(r.translation(), r.a().translation(), r.label() + "\n" + table);
        }
        assertTrue(rows.stream().anyMatch(Row::translation), "the gold names translations");
    }
}
