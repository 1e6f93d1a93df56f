package factbrief.run;

import factbrief.annotate.Annotator;
import factbrief.annotate.Gazetteer;
import factbrief.annotate.RawReader;
import factbrief.annotate.RawStory;
import factbrief.input.ClusterReader;
import factbrief.input.ClusterWriter;
import factbrief.input.InputException;
import factbrief.model.Cluster;
import factbrief.model.FactbriefException;
import factbrief.render.AtomicFiles;
import factbrief.render.BriefRenderer;
import factbrief.render.DigestRenderer;
import factbrief.render.RenderOptions;
import factbrief.render.RenderedBrief;
import factbrief.text.LanguageLayer;
import factbrief.view.DigestViews;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The weekly run: every input of {@code INBOX/YYYY-Www/} briefed into {@code OUT/YYYY-Www/}, with the week's
 * {@code index.html} and {@code run.json}. Unattended-safe: one run per output folder at a time ({@link RunLock}),
 * every file written atomically, one bad input never stops the others, a killed run is completed by the next one,
 * and a second run over unchanged inputs rewrites nothing but the timings in {@code run.json}.
 *
 * <p>An input is briefed again only when its bytes, the tool version, the templates, the options, the week or the
 * as-of date changed since the previous run, or a file that run wrote is missing or different; otherwise the
 * previous run's brief is kept untouched ({@code --force} renders everything again).
 */
public final class WeeklyRun {
    /** Exit status: every input went through. */
    public static final int OK = 0;
    /** Exit status: some input failed (the others were written). */
    public static final int FAILED = 1;
    /** Exit status: a usage error (no such week, no inbox folder). */
    public static final int USAGE = 2;
    /** Exit status: another run holds the output folder's lock; nothing was touched. */
    public static final int LOCKED = 3;
    /** The week's index page. */
    public static final String INDEX = "index.html";

    static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9-]{0,79}");
    private static final Pattern BRIEF_FILE = Pattern.compile("([a-z0-9][a-z0-9-]{0,79})\\.(html|pdf|json)");
    /** What {@link AtomicFiles} names its temporary files: {@code .<name>.<random>.tmp}. */
    private static final Pattern TEMPORARY = Pattern.compile("\\..+\\.[0-9a-z]{1,13}\\.tmp");
    /** Ids whose files would be the week's own: {@code index.html}, {@code run.json}. */
    private static final Set<String> RESERVED = Set.of("index", "run");
    private static final long MAX_INPUT_BYTES = 64L << 20;
    private static final List<String> EXTENSIONS = List.of("html", "pdf", "json");

    /**
     * What to run.
     *
     * @param asOf      the briefs' as-of date; null for the last day (Sunday) of the week, so reruns agree
     * @param templates the templates folder
     * @param threads   how many inputs are briefed at once
     * @param prune     remove brief files that no input of this run writes
     * @param force     render every input again even when nothing changed
     */
    public record Settings(Path inbox, Path out, IsoWeek week, LocalDate asOf, RenderOptions options, Path templates,
                           int threads, boolean prune, boolean force) {
        public Settings {
            Objects.requireNonNull(inbox, "inbox");
            Objects.requireNonNull(out, "out");
            Objects.requireNonNull(week, "week");
            Objects.requireNonNull(options, "options");
            Objects.requireNonNull(templates, "templates");
            if (threads < 1) {
                throw new FactbriefException("--threads must be at least 1, not " + threads, USAGE);
            }
        }

        /** The as-of date the briefs get. */
        public LocalDate effectiveAsOf() {
            return asOf != null ? asOf : week.sunday();
        }
    }

    /** How a run ended: inputs seen and how many failed. */
    public record Outcome(int inputs, int failed) {
        public int exitCode() {
            return failed == 0 ? OK : FAILED;
        }

        /** The closing line of every run. */
        public String summary() {
            return failed + " of " + inputs + " briefs failed";
        }
    }

    private final Settings settings;
    private final Clock clock;
    private final Progress progress;
    private final ClusterReader reader = new ClusterReader();
    private BriefJob job;
    private DigestRenderer digests;
    private Annotator annotator;

    public WeeklyRun(Settings settings, Clock clock, Progress progress) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.progress = Objects.requireNonNull(progress, "progress");
    }

    /**
     * Runs the week.
     *
     * @throws RunLock.Busy when another run holds the output folder (exit status {@link #LOCKED})
     * @throws FactbriefException for a usage error, before anything is written
     */
    public Outcome run() {
        long start = System.nanoTime();
        String started = clock.instant().toString();
        if (!Files.isDirectory(settings.templates())) {
            throw new FactbriefException("templates folder " + settings.templates().toAbsolutePath()
                    + " does not exist", USAGE);
        }
        try (RunLock lock = RunLock.acquire(settings.out())) {
            List<Inbox.Entry> entries = Inbox.scan(settings.inbox(), settings.week());
            digestRenderer(); // a broken templates folder fails here, once, before any input
            Path dir = outputFolder();
            removeTemporaries(dir);
            Manifest setup = setup();
            Manifest previous = Manifest.read(dir.resolve(Manifest.FILE)).filter(setup::sameSetup).orElse(null);
            List<Inbox.Entry> inputs = entries.stream().filter(e -> e.kind() != null).toList();
            List<Manifest.Ignored> ignored = ignored(entries);
            List<Result> results = briefAll(inputs, previous, dir);
            List<Manifest.Orphan> orphans = orphans(dir, results);
            Manifest.Output digest = writeDigest(dir, results);
            int failed = (int) results.stream().filter(r -> r.failure() != null).count();
            writeManifest(dir, setup, results, digest, ignored, orphans, started, start);
            Outcome outcome = new Outcome(inputs.size(), failed);
            progress.finish(outcome.summary());
            return outcome;
        }
    }

    // ---- the steps

    private Path outputFolder() {
        Path dir = settings.out().toAbsolutePath().normalize().resolve(settings.week().toString());
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the output folder " + dir, e);
        }
        return dir;
    }

    /** Removes the temporary files of a run that was killed while writing (only this run can write here now). */
    private void removeTemporaries(Path dir) {
        int removed = 0;
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.filter(p -> TEMPORARY.matcher(p.getFileName().toString()).matches()).toList()) {
                if (Files.deleteIfExists(p)) {
                    removed++;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot clean " + dir, e);
        }
        if (removed > 0) {
            progress.note("removed " + removed + " temporary " + (removed == 1 ? "file" : "files")
                    + " left by an interrupted run in " + dir);
        }
    }

    /** The manifest head this run writes under: week, as-of, tool, templates and options. */
    private Manifest setup() {
        return new Manifest(settings.week().toString(), settings.effectiveAsOf().toString(),
                new Manifest.Tool(Tool.NAME, Tool.VERSION, Tool.codeFingerprint(),
                        Tool.templatesFingerprint(settings.templates())),
                new Manifest.Options(settings.options().paper().name().toLowerCase(Locale.ROOT),
                        settings.options().locale().toLanguageTag()),
                new Manifest.Summary(0, 0, 0), List.of(), null, List.of(), List.of(),
                new Manifest.Timings(null, 0, Map.of()));
    }

    private List<Manifest.Ignored> ignored(List<Inbox.Entry> entries) {
        List<Manifest.Ignored> out = new ArrayList<>();
        for (Inbox.Entry e : entries) {
            if (e.kind() == null) {
                String reason = "not an input: cluster files end in .json, raw stories in .stories.json or .jsonl";
                out.add(new Manifest.Ignored(e.name(), reason));
                progress.note("ignored " + e.path() + ": " + reason);
            }
        }
        return out;
    }

    /**
     * Reads every input, settles cluster ids, starts the renderer if anything needs rendering, then renders or reuses
     * each brief; in parallel, results in input order.
     */
    private List<Result> briefAll(List<Inbox.Entry> inputs, Manifest previous, Path dir) {
        ExecutorService pool = Executors.newFixedThreadPool(settings.threads(), r -> {
            Thread t = new Thread(r, "factbrief-weekly");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<Loaded>> reads = new ArrayList<>();
            for (Inbox.Entry e : inputs) {
                reads.add(pool.submit(() -> load(e, previous, dir)));
            }
            List<Loaded> loaded = checkIds(join(reads));
            if (loaded.stream().anyMatch(l -> l.failure() == null && l.cluster() != null)) {
                engine(); // the slow start (language models, templates) before the first line, not inside a brief
            }
            progress.start(inputs.size());
            List<Future<Result>> briefs = new ArrayList<>();
            for (Loaded l : loaded) {
                if (l.failure() != null) {
                    progress.failed(l.entry().name(), l.failure().message());
                    briefs.add(java.util.concurrent.CompletableFuture.completedFuture(Result.failed(l)));
                } else {
                    briefs.add(pool.submit(() -> brief(l, dir)));
                }
            }
            return join(briefs);
        } finally {
            pool.shutdownNow();
            try {
                pool.awaitTermination(1, TimeUnit.MINUTES);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static <T> List<T> join(List<Future<T>> futures) {
        List<T> out = new ArrayList<>();
        for (Future<T> f : futures) {
            try {
                out.add(f.get());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new FactbriefException("the weekly run was interrupted", FAILED, e);
            } catch (ExecutionException e) {
                Throwable cause = e.getCause();
                if (cause instanceof Error err) {
                    throw err;
                }
                throw new IllegalStateException("a brief task failed outside its own error handling", cause);
            }
        }
        return out;
    }

    /** One input read: a cluster to render, a previous brief to keep, or a failure. */
    private record Loaded(Inbox.Entry entry, String sha256, Cluster cluster, Manifest.Input reuse, Failure failure,
                          long nanos) {
        String clusterId() {
            return cluster != null ? cluster.id() : reuse != null ? reuse.cluster() : null;
        }

        Loaded failing(Failure f) {
            return new Loaded(entry, sha256, cluster, reuse, f, nanos);
        }
    }

    /** Why an input failed: the manifest's error and the one-line message (file, pointer, reason). */
    private record Failure(Manifest.Error error, String message) {
        static Failure of(Inbox.Entry entry, Throwable t) {
            if (t instanceof InputException e) {
                return new Failure(new Manifest.Error(e.pointer(), e.line(), e.column(), e.reason()), e.getMessage());
            }
            String reason = t instanceof FactbriefException || t instanceof UncheckedIOException
                    ? String.valueOf(t.getMessage()) : "internal error: " + t;
            return new Failure(new Manifest.Error(null, 0, 0, reason), entry.path() + ": " + reason);
        }

        static Failure of(Inbox.Entry entry, String pointer, String reason) {
            return new Failure(new Manifest.Error(pointer, 0, 0, reason),
                    entry.path() + ": " + (pointer == null ? "" : pointer + ": ") + reason);
        }
    }

    private Loaded load(Inbox.Entry entry, Manifest previous, Path dir) {
        long t0 = System.nanoTime();
        if (entry.rejection() != null) {
            return new Loaded(entry, null, null, null, Failure.of(entry, null, entry.rejection()), 0);
        }
        String sha = null;
        try {
            long size = Files.size(entry.real());
            if (size > MAX_INPUT_BYTES) {
                sha = Hashes.sha256Hex(entry.real());
                throw new InputException(entry.path(), "", String.format(Locale.ROOT,
                        "the file is %d bytes; the limit is %d", size, MAX_INPUT_BYTES));
            }
            byte[] bytes = Files.readAllBytes(entry.real());
            sha = Hashes.sha256Hex(bytes);
            Manifest.Input before = previous == null || settings.force() ? null
                    : previous.input(entry.name()).orElse(null);
            if (before != null && before.ok() && sha.equals(before.sha256()) && intact(dir, before)) {
                return new Loaded(entry, sha, null, before, null, System.nanoTime() - t0);
            }
            Cluster c = entry.kind() == Inbox.Kind.CLUSTER ? reader.read(entry.path(), bytes) : annotate(entry);
            return new Loaded(entry, sha, c, null, null, System.nanoTime() - t0);
        } catch (IOException e) {
            return new Loaded(entry, sha, null, null,
                    Failure.of(entry, new InputException(entry.path(), null, 0, 0, "cannot read: " + e, e)), 0);
        } catch (RuntimeException | StackOverflowError e) {
            return new Loaded(entry, sha, null, null, Failure.of(entry, e), System.nanoTime() - t0);
        }
    }

    /** True when every file the previous run wrote for an input is still there with the same bytes. */
    private static boolean intact(Path dir, Manifest.Input before) throws IOException {
        if (before.cluster() == null || !SLUG.matcher(before.cluster()).matches()
                || before.outputs().size() != EXTENSIONS.size()) {
            return false;
        }
        for (Manifest.Output o : before.outputs()) {
            Path f = dir.resolve(o.file());
            if (!o.file().startsWith(before.cluster() + ".") || !f.getParent().equals(dir)
                    || !Files.isRegularFile(f) || !Hashes.sha256Hex(f).equals(o.sha256())) {
                return false;
            }
        }
        return true;
    }

    /** A raw stories file annotated into a cluster, then read back like any cluster file (same checks). */
    private Cluster annotate(Inbox.Entry entry) {
        RawReader.Batch batch = new RawReader().read(entry.path());
        if (batch.stories().isEmpty()) {
            throw new InputException(entry.path(), "/stories", "a stories file needs at least one story");
        }
        String id = batch.cluster();
        if (id == null) {
            String name = entry.name();
            id = name.substring(0, name.length() - (name.endsWith(".jsonl") ? ".jsonl" : ".stories.json").length());
            if (!SLUG.matcher(id).matches()) {
                throw new InputException(entry.path(), null, "the file name does not give a cluster id "
                        + "([a-z0-9][a-z0-9-]{0,79}); rename the file or give the id in the member \"cluster\"");
            }
        } else if (!SLUG.matcher(id).matches()) {
            throw new InputException(entry.path(), "/cluster", "the cluster id is not [a-z0-9][a-z0-9-]{0,79}");
        }
        String title = batch.description();
        if (title == null || title.isBlank()) {
            title = batch.stories().stream().map(RawStory::title).filter(t -> t != null && !t.isBlank())
                    .findFirst().orElse(id);
        }
        Cluster c = annotator().annotate(id, title, batch.stories(), List.of());
        return reader.read(entry.path(), new ClusterWriter().write(c));
    }

    /** Reserved and duplicate cluster ids fail here, in file order, so the first file by name keeps its id. */
    private static List<Loaded> checkIds(List<Loaded> loaded) {
        Map<String, String> owners = new HashMap<>();
        List<Loaded> out = new ArrayList<>();
        for (Loaded l : loaded) {
            String id = l.clusterId();
            if (l.failure() == null) {
                String pointer = l.entry().kind() == Inbox.Kind.CLUSTER ? "/cluster/id" : "/cluster";
                if (!SLUG.matcher(id).matches()) { // the reader checked it; the output path depends on it
                    l = l.failing(Failure.of(l.entry(), pointer, "the cluster id is not a slug"));
                } else if (RESERVED.contains(id)) {
                    l = l.failing(Failure.of(l.entry(), pointer, "the cluster id '" + id
                            + "' is reserved in a week's output folder (index.html, run.json)"));
                } else if (owners.containsKey(id)) {
                    l = l.failing(Failure.of(l.entry(), pointer, "the cluster id '" + id
                            + "' is also the id of " + owners.get(id) + ", which is briefed instead"));
                } else {
                    owners.put(id, l.entry().name());
                }
            }
            out.add(l);
        }
        return out;
    }

    /** Renders and writes one brief (or keeps the previous one); failures are caught and reported. */
    private Result brief(Loaded l, Path dir) {
        long t0 = System.nanoTime();
        try {
            Result r;
            if (l.reuse() != null) {
                byte[] json = Files.readAllBytes(inside(dir, l.reuse().cluster() + ".json"));
                r = new Result(l, l.reuse().cluster(), l.reuse().outputs(), BriefSummary.of(json), "reused", null,
                        l.nanos() + System.nanoTime() - t0);
            } else {
                String id = l.cluster().id();
                RenderedBrief b = engine().render(l.cluster(), settings.effectiveAsOf(), settings.options());
                Map<String, byte[]> files = Map.of("html", b.html(), "pdf", b.pdf(), "json", b.json());
                for (String ext : List.of("json", "html", "pdf")) {
                    writeIfChanged(inside(dir, id + "." + ext), files.get(ext));
                }
                List<Manifest.Output> outputs = new ArrayList<>();
                for (String ext : EXTENSIONS) {
                    outputs.add(new Manifest.Output(id + "." + ext, Hashes.sha256Hex(files.get(ext))));
                }
                r = new Result(l, id, outputs, BriefSummary.of(b.json()), "rendered", null,
                        l.nanos() + System.nanoTime() - t0);
            }
            progress.ok(l.entry().name(), r.cluster(), r.action(), r.nanos() / 1_000_000);
            return r;
        } catch (IOException | RuntimeException | StackOverflowError e) {
            Throwable t = e instanceof IOException io ? new UncheckedIOException("cannot write the brief: " + io, io) : e;
            Failure f = Failure.of(l.entry(), t);
            progress.failed(l.entry().name(), f.message());
            return Result.failed(l.failing(f));
        }
    }

    /** A file of the week's folder by name; the name must stay a plain file name in that folder. */
    private static Path inside(Path dir, String name) {
        Path p = dir.resolve(name).normalize();
        if (!dir.equals(p.getParent())) {
            throw new IllegalArgumentException("output path escapes " + dir + ": " + name);
        }
        return p;
    }

    /** Writes atomically, or not at all when the file already holds these bytes (its time stamp stays). */
    private static void writeIfChanged(Path file, byte[] bytes) throws IOException {
        if (Files.isRegularFile(file) && Files.size(file) == bytes.length
                && Arrays.equals(Files.readAllBytes(file), bytes)) {
            return;
        }
        AtomicFiles.write(file, bytes);
    }

    /** Brief files in the week's folder that no input of this run wrote: reported, removed with --prune. */
    private List<Manifest.Orphan> orphans(Path dir, List<Result> results) {
        Set<String> current = new HashSet<>();
        for (Result r : results) {
            r.outputs().forEach(o -> current.add(o.file()));
        }
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
        List<Manifest.Orphan> out = new ArrayList<>();
        for (Path f : files) {
            String name = f.getFileName().toString();
            var m = BRIEF_FILE.matcher(name);
            if (!m.matches() || RESERVED.contains(m.group(1)) || current.contains(name) || !Files.isRegularFile(f)) {
                continue;
            }
            boolean removed = false;
            if (settings.prune()) {
                try {
                    removed = Files.deleteIfExists(f);
                } catch (IOException e) {
                    progress.note("cannot remove orphan " + f + ": " + e);
                }
            }
            out.add(new Manifest.Orphan(name, removed));
            progress.note(removed ? "removed orphan " + f + " (--prune)"
                    : "orphan " + f + ": no input of this run writes it; kept (--prune removes it)");
        }
        return out;
    }

    private Manifest.Output writeDigest(Path dir, List<Result> results) {
        List<DigestViews.Brief> briefs = results.stream().filter(r -> r.failure() == null)
                .map(Result::summary).toList();
        int failed = (int) results.stream().filter(r -> r.failure() != null).count();
        DigestRenderer renderer = digestRenderer();
        byte[] html = renderer.html(DigestViews.of(renderer.labels(settings.options().locale()),
                settings.week().toString(), settings.week().monday(), settings.effectiveAsOf(), briefs, failed));
        try {
            writeIfChanged(dir.resolve(INDEX), html);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + dir.resolve(INDEX), e);
        }
        return new Manifest.Output(INDEX, Hashes.sha256Hex(html));
    }

    private void writeManifest(Path dir, Manifest setup, List<Result> results, Manifest.Output digest,
                               List<Manifest.Ignored> ignored, List<Manifest.Orphan> orphans, String started,
                               long start) {
        List<Manifest.Input> inputs = new ArrayList<>();
        Map<String, Manifest.Step> steps = new HashMap<>();
        int failed = 0;
        for (Result r : results) {
            Loaded l = r.loaded();
            boolean ok = r.failure() == null;
            failed += ok ? 0 : 1;
            inputs.add(new Manifest.Input(l.entry().name(), l.entry().kind().name().toLowerCase(Locale.ROOT),
                    l.sha256(), r.cluster(), ok ? Manifest.STATUS_OK : Manifest.STATUS_FAILED,
                    ok ? null : r.failure().error(), r.outputs()));
            steps.put(l.entry().name(), new Manifest.Step(r.action(), r.nanos() / 1_000_000));
        }
        Manifest m = new Manifest(setup.week(), setup.asOf(), setup.tool(), setup.options(),
                new Manifest.Summary(results.size(), results.size() - failed, failed), inputs, digest, ignored,
                orphans, new Manifest.Timings(started, (System.nanoTime() - start) / 1_000_000, steps));
        try {
            AtomicFiles.write(dir.resolve(Manifest.FILE), m.toJson());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + dir.resolve(Manifest.FILE), e);
        }
    }

    /** The outcome of one input. */
    private record Result(Loaded loaded, String cluster, List<Manifest.Output> outputs, DigestViews.Brief summary,
                          String action, Failure failure, long nanos) {
        static Result failed(Loaded l) {
            return new Result(l, l.clusterId(), List.of(), null, "failed", l.failure(), l.nanos());
        }
    }

    // ---- engines, built once per run on first use (slow to start; thread-safe once built)

    private synchronized BriefJob engine() {
        if (job == null) {
            job = new BriefJob(LanguageLayer.shared(), new BriefRenderer(settings.templates()));
        }
        return job;
    }

    private synchronized DigestRenderer digestRenderer() {
        if (digests == null) {
            digests = new DigestRenderer(settings.templates());
        }
        return digests;
    }

    private synchronized Annotator annotator() {
        if (annotator == null) {
            annotator = new Annotator(Gazetteer.load(null), LanguageLayer.shared());
        }
        return annotator;
    }
}
