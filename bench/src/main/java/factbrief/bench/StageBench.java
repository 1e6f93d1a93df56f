package factbrief.bench;

import factbrief.extract.Claims;
import factbrief.extract.Extractor;
import factbrief.input.ClusterReader;
import factbrief.input.ClusterWriter;
import factbrief.model.Cluster;
import factbrief.model.Facts;
import factbrief.model.Story;
import factbrief.reconcile.Reconciler;
import factbrief.render.BriefJson;
import factbrief.render.BriefRenderer;
import factbrief.render.RenderOptions;
import factbrief.render.RenderedBrief;
import factbrief.run.BriefJob;
import factbrief.run.Pipeline;
import factbrief.text.AnalyzedStory;
import factbrief.text.LanguageLayer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The warm path, stage by stage, through factbrief's public API only (so internal changes to the renderer do not
 * break it): read, language layer, extract, reconcile, HTML, JSON, and the whole render (HTML + fitted one-page PDF +
 * JSON; the PDF's own time is {@code render - html - json}). {@code brief} is one brief end to end from the cluster
 * file's bytes to three files on disk. Each stage runs on the inputs the previous stages produced in setup.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 8, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(value = 1, jvmArgsAppend = {"-Dfile.encoding=UTF-8", "-Xss4m"})
public class StageBench {
    /** {@code seed}: the committed 5-story seed cluster; {@code twenty}: 20 recombined stories. */
    @Param({"seed", "twenty"})
    public String cluster;

    private static final LocalDate AS_OF = LocalDate.of(2031, 12, 1);

    private byte[] bytes;
    private Path name;
    private Cluster read;
    private LanguageLayer layer;
    private List<AnalyzedStory> analyzed;
    private List<Claims> claims;
    private Facts facts;
    private BriefRenderer renderer;
    private RenderOptions options;
    private BriefJob job;
    private Path out;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        Path root = Corpus.root();
        Corpus corpus = Corpus.open(root);
        bytes = cluster.equals("seed") ? corpus.seedBytes() : new ClusterWriter().write(corpus.twenty());
        name = Path.of(cluster + ".cluster.json");
        read = new ClusterReader().read(name, bytes);
        layer = LanguageLayer.shared();
        analyzed = analyze(read);
        Extractor extractor = new Extractor(read);
        claims = analyzed.stream().map(extractor::extract).toList();
        facts = new Reconciler(read).reconcile(analyzed, claims, AS_OF);
        renderer = new BriefRenderer(root.resolve("templates"));
        options = RenderOptions.defaults();
        job = new BriefJob(layer, renderer);
        out = Files.createTempDirectory("factbrief-bench");
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        try (Stream<Path> s = Files.walk(out)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    private List<AnalyzedStory> analyze(Cluster c) {
        List<AnalyzedStory> result = new ArrayList<>();
        for (Story s : c.stories()) {
            String lang = s.language() != null ? s.language() : layer.detect(s.text()).orElse("und");
            result.add(layer.analyze(s, lang));
        }
        return result;
    }

    @Benchmark
    public Cluster read() {
        return new ClusterReader().read(name, bytes);
    }

    @Benchmark
    public List<AnalyzedStory> language() {
        return analyze(read);
    }

    @Benchmark
    public List<Claims> extract() {
        Extractor extractor = new Extractor(read);
        return analyzed.stream().map(extractor::extract).toList();
    }

    @Benchmark
    public Facts reconcile() {
        return new Reconciler(read).reconcile(analyzed, claims, AS_OF);
    }

    @Benchmark
    public String html() {
        return renderer.html(facts, options);
    }

    @Benchmark
    public byte[] json() {
        return BriefJson.write(facts);
    }

    /** HTML, the one-page PDF (with page fitting) and JSON, as one brief needs them. */
    @Benchmark
    public RenderedBrief render() {
        return renderer.render(facts, options);
    }

    /** Read, language layer, extraction, reconciliation: the facts of a brief. */
    @Benchmark
    public Facts facts() {
        return new Pipeline(layer).facts(new ClusterReader().read(name, bytes), AS_OF);
    }

    /** One whole brief: cluster bytes to HTML, PDF and JSON files on disk. */
    @Benchmark
    public List<Path> brief() {
        return job.write(new ClusterReader().read(name, bytes), AS_OF, options, out);
    }
}
