package factbrief.bench;

import factbrief.cli.App;
import factbrief.input.ClusterReader;
import factbrief.input.ClusterWriter;
import factbrief.model.Cluster;
import factbrief.model.Entity;
import factbrief.model.Mention;
import factbrief.model.Story;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Benchmark inputs made by recombining stories: the five seed stories and the fictional stories in
 * {@code bench/stories/}, annotated together once into a pool (cached under {@code bench/target/corpus/}), from which
 * clusters of any size are cut. Everything is deterministic: the same arguments give the same files.
 *
 * <p>Command line: {@code Corpus ROOT twenty FILE} writes the 20-story cluster; {@code Corpus ROOT week INBOX N WEEK}
 * writes N clusters into {@code INBOX/WEEK/}.
 */
public final class Corpus {
    /** The seed cluster file, relative to the repository root. */
    public static final String SEED = "seeds/us-peru-defense-2025-05.cluster.json";

    /** One event of the pool: its stories (ids of the pool), title and focus entity ids. */
    private record Event(String key, String title, List<String> stories, List<String> focus) {
    }

    private final Path root;
    private final Cluster pool;
    private final List<Event> events;

    private Corpus(Path root, Cluster pool) {
        this.root = root;
        this.pool = pool;
        List<String> seed = new ArrayList<>();
        List<String> b = new ArrayList<>();
        List<String> c = new ArrayList<>();
        for (Story s : pool.stories()) {
            (s.id().startsWith("b") ? b : s.id().startsWith("c") ? c : seed).add(s.id());
        }
        this.events = List.of(
                new Event("defence", "Defence talks (benchmark recombination)", seed, List.of("china", "port-of-chancay")),
                new Event("gulf", "Tarnavia–Meridia maritime talks (fictional)", b, List.of("port-of-saltmere", "zerania")),
                new Event("gas", "Kovalia–Estrenia gas talks (fictional)", c, List.of()));
    }

    /** The corpus of the repository at {@code root}; annotates the pool on first use. */
    public static Corpus open(Path root) {
        return new Corpus(root, pool(root));
    }

    /** The repository root: {@code -Dfactbrief.home}, else the working directory or one of its parents. */
    public static Path root() {
        String home = System.getProperty("factbrief.home");
        if (home != null) {
            return Path.of(home).toAbsolutePath().normalize();
        }
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isRegularFile(p.resolve(SEED))) {
                return p;
            }
        }
        throw new IllegalStateException("cannot find the repository root (no " + SEED + " above the working "
                + "directory); set -Dfactbrief.home");
    }

    /** The committed seed cluster file's bytes. */
    public byte[] seedBytes() {
        return read(root.resolve(SEED));
    }

    /** Twenty stories: every pool story once (three events, four languages), then five of them again as reprints. */
    public Cluster twenty() {
        List<Story> stories = new ArrayList<>(pool.stories());
        int reprint = 0;
        for (Story s : pool.stories()) {
            if (stories.size() == 20) {
                break;
            }
            if (reprint++ % 3 == 0) {
                stories.add(reprint(s, stories.size()));
            }
        }
        while (stories.size() < 20) {
            stories.add(reprint(pool.stories().get(stories.size() % pool.stories().size()), stories.size()));
        }
        return cluster("bench-twenty-stories", "Twenty stories (benchmark recombination)",
                List.of("china", "port-of-saltmere"), stories);
    }

    /** Cluster {@code i} of a generated week: 3 to 7 stories, mostly of one event, sometimes one off-event story. */
    public Cluster weekly(int i) {
        Random rnd = new Random(7919L * i + 17);
        Event e = events.get(i % events.size());
        List<String> ids = new ArrayList<>(e.stories());
        java.util.Collections.shuffle(ids, rnd);
        int own = Math.min(ids.size(), 3 + rnd.nextInt(3));
        List<Story> stories = new ArrayList<>();
        for (String id : ids.subList(0, own)) {
            stories.add(story(id));
        }
        if (rnd.nextInt(4) == 0) {                       // an off-event story, as real clusters have
            Event other = events.get((i + 1 + rnd.nextInt(events.size() - 1)) % events.size());
            stories.add(story(other.stories().get(rnd.nextInt(other.stories().size()))));
        }
        if (rnd.nextInt(5) == 0) {                       // a reprint (a copy under another site)
            stories.add(reprint(stories.get(0), stories.size()));
        }
        return cluster(String.format("wk-%05d-%s", i, e.key()), e.title() + " #" + i, e.focus(), stories);
    }

    /** Writes clusters {@code 0..n-1} into {@code inbox/week/}, replacing what was there. */
    public void writeWeek(Path inbox, int n, String week) {
        Path dir = inbox.resolve(week);
        try {
            if (Files.isDirectory(dir)) {
                try (Stream<Path> old = Files.list(dir)) {
                    for (Path p : old.toList()) {
                        Files.delete(p);
                    }
                }
            }
            Files.createDirectories(dir);
            ClusterWriter w = new ClusterWriter();
            for (int i = 0; i < n; i++) {
                Cluster c = weekly(i);
                Files.write(dir.resolve(c.id() + ".json"), w.write(c));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes a cluster file and checks that factbrief reads it back. */
    public static Path write(Cluster c, Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            byte[] bytes = new ClusterWriter().write(c);
            new ClusterReader().read(file, bytes);
            Files.write(file, bytes);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Story story(String id) {
        return pool.story(id).orElseThrow();
    }

    private static Story reprint(Story s, int n) {
        return new Story(s.id() + "-r" + n, s.text(), s.language(), null, "reprint-" + n + ".example", s.published(),
                s.title(), s.mentions());
    }

    /** A cluster of the given stories with exactly the pool entities they mention (and the focus). */
    private Cluster cluster(String id, String title, List<String> focus, List<Story> stories) {
        Set<String> used = new LinkedHashSet<>(focus);
        for (Story s : stories) {
            for (Mention m : s.mentions()) {
                used.add(m.entity());
            }
        }
        List<Entity> entities = pool.entities().stream().filter(e -> used.contains(e.id())).toList();
        return new Cluster(id, title, null, focus, entities, stories);
    }

    /** The annotated pool: cached in {@code bench/target/corpus/pool.cluster.json} until an input changes. */
    private static Cluster pool(Path root) {
        Path stories = root.resolve("bench/stories");
        Path cache = root.resolve("bench/target/corpus/pool.cluster.json");
        List<Path> inputs = new ArrayList<>();
        try {
            try (Stream<Path> s = Files.list(root.resolve("seeds"))) {
                s.filter(p -> p.toString().endsWith(".txt")).sorted().forEach(inputs::add);
            }
            try (Stream<Path> s = Files.list(stories)) {
                s.filter(p -> p.toString().endsWith(".txt")).sorted().forEach(inputs::add);
            }
            if (!fresh(cache, inputs, stories)) {
                Path meta = cache.resolveSibling("pool-metadata.json");
                Files.createDirectories(cache.getParent());
                Files.writeString(meta, mergedMetadata(root.resolve("seeds/metadata.json"),
                        stories.resolve("metadata.json")));
                List<String> args = new ArrayList<>(List.of("annotate"));
                inputs.forEach(p -> args.add(p.toString()));
                args.addAll(List.of("--metadata", meta.toString(), "--gazetteer",
                        stories.resolve("gazetteer.json").toString(), "--cluster-id", "bench-pool", "--title",
                        "Benchmark pool", "-o", cache.toString()));
                int rc = App.commandLine(Clock.systemUTC()).execute(args.toArray(String[]::new));
                if (rc != 0) {
                    throw new IllegalStateException("annotating the benchmark pool failed (exit " + rc + ")");
                }
            }
            return new ClusterReader().read(cache);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean fresh(Path cache, List<Path> inputs, Path stories) throws IOException {
        if (!Files.isRegularFile(cache)) {
            return false;
        }
        var built = Files.getLastModifiedTime(cache);
        List<Path> all = new ArrayList<>(inputs);
        all.add(stories.resolve("metadata.json"));
        all.add(stories.resolve("gazetteer.json"));
        for (Path p : all) {
            if (Files.getLastModifiedTime(p).compareTo(built) > 0) {
                return false;
            }
        }
        return true;
    }

    /** The seed metadata's stories and the benchmark stories' metadata in one {@code {"stories": {...}}}. */
    private static String mergedMetadata(Path seed, Path own) throws IOException {
        var json = new com.fasterxml.jackson.databind.ObjectMapper();
        var merged = json.createObjectNode();
        var stories = merged.putObject("stories");
        for (Path p : List.of(seed, own)) {
            var fields = json.readTree(p.toFile()).path("stories").fields();
            while (fields.hasNext()) {
                Map.Entry<String, com.fasterxml.jackson.databind.JsonNode> f = fields.next();
                stories.set(f.getKey(), f.getValue());
            }
        }
        return json.writerWithDefaultPrettyPrinter().writeValueAsString(merged);
    }

    private static byte[] read(Path p) {
        try {
            return Files.readAllBytes(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code ROOT twenty FILE} or {@code ROOT week INBOX N WEEK}. */
    public static void main(String[] args) {
        if (args.length < 2) {
            System.err.println("usage: Corpus ROOT twenty FILE | Corpus ROOT week INBOX N WEEK");
            System.exit(2);
        }
        Corpus c = open(Path.of(args[0]).toAbsolutePath().normalize());
        switch (args[1]) {
            case "twenty" -> System.out.println("wrote " + write(c.twenty(), Path.of(args[2])));
            case "week" -> {
                int n = Integer.parseInt(args[3]);
                c.writeWeek(Path.of(args[2]), n, args[4]);
                System.out.println("wrote " + n + " clusters into " + Path.of(args[2], args[4]));
            }
            default -> {
                System.err.println("unknown corpus command " + args[1]);
                System.exit(2);
            }
        }
    }
}
