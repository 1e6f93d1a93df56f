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
import factbrief.run.BriefJob;
import factbrief.text.AnalyzedStory;
import factbrief.text.LanguageLayer;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * A quick companion to {@link StageBench} for busy machines: warms up, then times every stage {@code n} times and
 * prints the median wall time and the median CPU time of all the process's threads (the pipeline analyses stories
 * in parallel; once warm, compiler and GC threads add little). CPU time is what other processes on a shared machine
 * disturb least. Usage: {@code StageTimer [seed|twenty] [warmup-seconds] [n] [stage-regex]}.
 */
public final class StageTimer {
    private static final LocalDate AS_OF = LocalDate.of(2031, 12, 1);
    private static final java.lang.management.ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private StageTimer() {
    }

    public static void main(String[] args) throws IOException {
        String which = args.length > 0 ? args[0] : "seed";
        double warmupSeconds = args.length > 1 ? Double.parseDouble(args[1]) : 20;
        int n = args.length > 2 ? Integer.parseInt(args[2]) : 40;
        java.util.regex.Pattern only = java.util.regex.Pattern.compile(args.length > 3 ? args[3] : ".*");
        Path root = Corpus.root();
        Corpus corpus = Corpus.open(root);
        byte[] bytes = which.equals("seed") ? corpus.seedBytes() : new ClusterWriter().write(corpus.twenty());
        Path name = Path.of(which + ".cluster.json");
        LanguageLayer layer = LanguageLayer.shared();
        BriefRenderer renderer = new BriefRenderer(root.resolve("templates"));
        RenderOptions options = RenderOptions.defaults();
        BriefJob job = new BriefJob(layer, renderer);
        Path out = Files.createTempDirectory("factbrief-stages");

        Cluster read = new ClusterReader().read(name, bytes);
        List<AnalyzedStory> analyzed = analyze(layer, read);
        Extractor extractor = new Extractor(read);
        List<Claims> claims = analyzed.stream().map(extractor::extract).toList();
        Facts facts = new Reconciler(read).reconcile(analyzed, claims, AS_OF);

        Map<String, Supplier<Object>> stages = new LinkedHashMap<>();
        stages.put("read", () -> new ClusterReader().read(name, bytes));
        stages.put("language", () -> analyze(layer, read));
        stages.put("extract", () -> {
            Extractor x = new Extractor(read);
            return analyzed.stream().map(x::extract).toList();
        });
        stages.put("reconcile", () -> new Reconciler(read).reconcile(analyzed, claims, AS_OF));
        stages.put("html", () -> renderer.html(facts, options));
        stages.put("json", () -> BriefJson.write(facts));
        stages.put("render (html+pdf+json)", () -> renderer.render(facts, options));
        stages.put("brief (bytes to 3 files)", () -> job.write(new ClusterReader().read(name, bytes), AS_OF,
                options, out));

        stages.keySet().removeIf(k -> !only.matcher(k).lookingAt());
        long until = System.nanoTime() + (long) (warmupSeconds * 1e9);
        while (System.nanoTime() < until) {
            for (Supplier<Object> s : stages.values()) {
                s.get();
            }
        }
        System.out.printf(Locale.ROOT, "%-26s %12s %12s   (%s cluster, %d stories, median of %d)%n", "stage",
                "wall ms", "cpu ms", which, read.stories().size(), n);
        Map<String, double[]> result = new LinkedHashMap<>();
        for (var e : stages.entrySet()) {
            double[] wall = new double[n];
            double[] cpu = new double[n];
            for (int i = 0; i < n; i++) {
                long c0 = cpu();
                long t0 = System.nanoTime();
                e.getValue().get();
                wall[i] = (System.nanoTime() - t0) / 1e6;
                cpu[i] = (cpu() - c0) / 1e6;
            }
            result.put(e.getKey(), new double[] {median(wall), median(cpu)});
            System.out.printf(Locale.ROOT, "%-26s %12.2f %12.2f%n", e.getKey(), median(wall), median(cpu));
        }
        if (!result.keySet().containsAll(List.of("render (html+pdf+json)", "html", "json"))) {
            return;
        }
        double[] render = result.get("render (html+pdf+json)");
        double[] html = result.get("html");
        double[] json = result.get("json");
        System.out.printf(Locale.ROOT, "%-26s %12.2f %12.2f%n", "pdf (render-html-json)",
                render[0] - html[0] - json[0], render[1] - html[1] - json[1]);
    }

    private static List<AnalyzedStory> analyze(LanguageLayer layer, Cluster c) {
        List<AnalyzedStory> result = new ArrayList<>();
        for (Story s : c.stories()) {
            String lang = s.language() != null ? s.language() : layer.detect(s.text()).orElse("und");
            result.add(layer.analyze(s, lang));
        }
        return result;
    }

    /** CPU time of all live threads, in ns (process CPU time has only clock-tick resolution on Linux). */
    private static long cpu() {
        long sum = 0;
        for (long id : THREADS.getAllThreadIds()) {
            sum += Math.max(0, THREADS.getThreadCpuTime(id));
        }
        return sum;
    }

    private static double median(double[] xs) {
        double[] s = xs.clone();
        Arrays.sort(s);
        return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    }
}
