package factbrief.bench;

import factbrief.extract.Claims;
import factbrief.extract.Extractor;
import factbrief.input.ClusterReader;
import factbrief.input.ClusterWriter;
import factbrief.model.Cluster;
import factbrief.model.Facts;
import factbrief.reconcile.Reconciler;
import factbrief.render.BriefRenderer;
import factbrief.render.RenderOptions;
import factbrief.run.BriefJob;
import factbrief.text.AnalyzedStory;
import factbrief.text.LanguageLayer;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Two builds of factbrief in one JVM, timed in alternation: on a shared machine whose load changes from minute to
 * minute this compares them far more fairly than two runs one after the other. Each build is a copy of
 * {@code bench/target} after {@code mvn -Pbench package} (its {@code lib/} folder) and gets its own class loader;
 * the stages are those of {@link StageTimer}, each run in the calling thread except {@code brief} (which analyses
 * stories in parallel, as a brief does). Prints the minimum and the median CPU time of all threads per stage.
 * Usage: {@code AbTimer DIR_A DIR_B [seed|twenty] [warm-up rounds] [rounds] [stage-regex]}.
 */
public final class AbTimer {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private AbTimer() {
    }

    public static void main(String[] args) throws Exception {
        String which = args.length > 2 ? args[2] : "seed";
        int warm = args.length > 3 ? Integer.parseInt(args[3]) : 15;
        int rounds = args.length > 4 ? Integer.parseInt(args[4]) : 10;
        java.util.regex.Pattern only = java.util.regex.Pattern.compile(args.length > 5 ? args[5] : ".*");
        Path root = Corpus.root();
        List<Map<String, Runnable>> builds = List.of(load(Path.of(args[0]), root, which),
                load(Path.of(args[1]), root, which));
        builds.forEach(b -> b.keySet().removeIf(k -> !only.matcher(k).matches()));
        for (int w = 0; w < warm; w++) {
            builds.forEach(b -> b.values().forEach(Runnable::run));
        }
        List<Map<String, List<Double>>> times = List.of(new LinkedHashMap<>(), new LinkedHashMap<>());
        for (int r = 0; r < rounds; r++) {
            for (int i = 0; i < 2; i++) {
                int k = r % 2 == 0 ? i : 1 - i;                 // ABBA: neither build always goes first
                for (Map.Entry<String, Runnable> e : builds.get(k).entrySet()) {
                    for (int rep = 0; rep < 3; rep++) {
                        long c0 = cpu();
                        e.getValue().run();
                        times.get(k).computeIfAbsent(e.getKey(), x -> new ArrayList<>()).add((cpu() - c0) / 1e6);
                    }
                }
            }
        }
        System.out.printf(Locale.ROOT, "%-10s %10s %10s %10s %10s   (%s cluster, CPU ms of all threads, %d runs each)%n",
                "stage", "A min", "A median", "B min", "B median", which, rounds * 3);
        for (String stage : times.get(0).keySet()) {
            List<Double> a = sorted(times.get(0).get(stage));
            List<Double> b = sorted(times.get(1).get(stage));
            System.out.printf(Locale.ROOT, "%-10s %10.2f %10.2f %10.2f %10.2f%n", stage, a.get(0), a.get(a.size() / 2),
                    b.get(0), b.get(b.size() / 2));
        }
    }

    private static List<Double> sorted(List<Double> xs) {
        List<Double> s = new ArrayList<>(xs);
        s.sort(null);
        return s;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Runnable> load(Path build, Path root, String which) throws Exception {
        List<URL> urls = new ArrayList<>();
        try (Stream<Path> jars = Files.list(build.resolve("lib"))) {
            for (Path p : jars.filter(p -> p.toString().endsWith(".jar")).sorted().toList()) {
                urls.add(p.toUri().toURL());
            }
        }
        // Stages and Corpus come from this jar, last: its manifest class path names this checkout's own build,
        // which must not shadow the build under test
        urls.add(AbTimer.class.getProtectionDomain().getCodeSource().getLocation());
        ClassLoader loader = new URLClassLoader(urls.toArray(new URL[0]), ClassLoader.getPlatformClassLoader());
        return (Map<String, Runnable>) loader.loadClass(Stages.class.getName())
                .getMethod("of", Path.class, String.class).invoke(null, root, which);
    }

    private static long cpu() {
        long sum = 0;
        for (long id : THREADS.getAllThreadIds()) {
            sum += Math.max(0, THREADS.getThreadCpuTime(id));
        }
        return sum;
    }

    /** The stages of one build; loaded once per build, by that build's class loader. */
    public static final class Stages {
        private Stages() {
        }

        public static Map<String, Runnable> of(Path root, String which) throws IOException {
            LocalDate asOf = LocalDate.of(2031, 12, 1);
            Corpus corpus = Corpus.open(root);
            byte[] bytes = which.equals("seed") ? corpus.seedBytes() : new ClusterWriter().write(corpus.twenty());
            Path name = Path.of(which + ".cluster.json");
            LanguageLayer layer = LanguageLayer.shared();
            BriefRenderer renderer = new BriefRenderer(root.resolve("templates"));
            RenderOptions options = RenderOptions.defaults();
            BriefJob job = new BriefJob(layer, renderer);
            Path out = Files.createTempDirectory("factbrief-ab");
            Cluster read = new ClusterReader().read(name, bytes);
            List<AnalyzedStory> analyzed = analyze(layer, read);
            List<Claims> claims = analyzed.stream().map(new Extractor(read)::extract).toList();
            Facts facts = new Reconciler(read).reconcile(analyzed, claims, asOf);
            Map<String, Runnable> stages = new LinkedHashMap<>();
            stages.put("read", () -> new ClusterReader().read(name, bytes));
            stages.put("language", () -> analyze(layer, read));
            stages.put("extract", () -> analyzed.stream().map(new Extractor(read)::extract).toList());
            stages.put("reconcile", () -> new Reconciler(read).reconcile(analyzed, claims, asOf));
            stages.put("html", () -> renderer.html(facts, options));
            stages.put("render", () -> renderer.render(facts, options));
            stages.put("brief", () -> job.write(new ClusterReader().read(name, bytes), asOf, options, out));
            return stages;
        }

        private static List<AnalyzedStory> analyze(LanguageLayer layer, Cluster c) {
            List<AnalyzedStory> result = new ArrayList<>();
            c.stories().forEach(s -> result.add(layer.analyze(s,
                    s.language() != null ? s.language() : layer.detect(s.text()).orElse("und"))));
            return result;
        }
    }
}
