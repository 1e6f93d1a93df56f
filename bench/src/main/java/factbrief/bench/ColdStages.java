package factbrief.bench;

import factbrief.extract.Claims;
import factbrief.extract.Extractor;
import factbrief.input.ClusterReader;
import factbrief.model.Cluster;
import factbrief.model.Facts;
import factbrief.model.Story;
import factbrief.reconcile.Reconciler;
import factbrief.render.AtomicFiles;
import factbrief.render.BriefRenderer;
import factbrief.render.RenderOptions;
import factbrief.render.RenderedBrief;
import factbrief.text.AnalyzedStory;
import factbrief.text.LanguageLayer;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Where a cold single brief spends its time: one brief in a fresh JVM, printing the JVM uptime after each stage
 * (the first line is the JVM's own start until {@code main}). Usage: {@code ColdStages CLUSTER.json OUTDIR}; run it
 * with the launcher's JVM options to see what the launcher pays.
 */
public final class ColdStages {
    private ColdStages() {
    }

    public static void main(String[] args) throws Exception {
        long[] last = {0};
        Runnable mark = () -> { };
        stage("jvm start to main", last);
        Path file = Path.of(args[0]);
        Path out = Path.of(args[1]);
        Cluster cluster = new ClusterReader().read(file);
        stage("read + validate", last);
        LanguageLayer layer = LanguageLayer.shared();
        List<AnalyzedStory> analyzed = new ArrayList<>();
        for (Story s : cluster.stories()) {
            String lang = s.language() != null ? s.language() : layer.detect(s.text()).orElse("und");
            analyzed.add(layer.analyze(s, lang));
        }
        stage("language layer (models load)", last);
        Extractor extractor = new Extractor(cluster);
        List<Claims> claims = analyzed.stream().map(extractor::extract).toList();
        stage("extract", last);
        Facts facts = new Reconciler(cluster).reconcile(analyzed, claims, LocalDate.of(2031, 12, 1));
        stage("reconcile", last);
        BriefRenderer renderer = new BriefRenderer(Corpus.root().resolve("templates"));
        stage("renderer setup (templates)", last);
        RenderedBrief brief = renderer.render(facts, RenderOptions.defaults());
        stage("render html + pdf + json", last);
        Files.createDirectories(out);
        AtomicFiles.write(out.resolve(cluster.id() + ".json"), brief.json());
        AtomicFiles.write(out.resolve(cluster.id() + ".html"), brief.html());
        AtomicFiles.write(out.resolve(cluster.id() + ".pdf"), brief.pdf());
        stage("write files", last);
        mark.run();
    }

    private static void stage(String name, long[] last) {
        long now = ManagementFactory.getRuntimeMXBean().getUptime();
        System.out.printf(Locale.ROOT, "%-32s %6d ms  (at %d ms)%n", name, now - last[0], now);
        last[0] = now;
    }
}
