package factbrief.run;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static factbrief.run.WeekFixtures.WEEK;
import static factbrief.run.WeekFixtures.assertComplete;
import static factbrief.run.WeekFixtures.files;
import static factbrief.run.WeekFixtures.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * kill -9 at random moments: a child JVM briefing a week of 15 clusters is killed ({@link Process#destroyForcibly()},
 * SIGKILL on Unix) at a random moment, 20 times: half of them up to 2.5 s after its first line (after start-up), half
 * up to 1.5 s after it wrote its first brief. After every kill each visible file of the output folder is absent
 * or complete (a one-page PDF that PDFBox loads, JSON that parses, HTML that ends with {@code </html>}); only hidden
 * temporary files may be left over. Each run has its own as-of date, so that it renders and rewrites every brief.
 * A last run, not killed, completes the week and leaves no temporary file.
 */
class WeeklyKillTest {
    private static final int CLUSTERS = 15;
    private static final int KILLS = 20;
    /** What {@code AtomicFiles} names a temporary file: hidden, in the target's folder. */
    private static final Pattern TEMPORARY = Pattern.compile("\\..+\\.[0-9a-z]{1,13}\\.tmp");

    @TempDir
    Path tmp;

    @Test
    void killedRunsLeaveOnlyCompleteFilesAndTheNextRunCompletesTheWeek() throws Exception {
        Path inbox = tmp.resolve("inbox");
        Path out = tmp.resolve("out");
        List<String> ids = WeekFixtures.writeClusters(inbox.resolve(WEEK), "kill", CLUSTERS);
        long seed = Long.getLong("kill.seed", System.nanoTime());
        Random random = new Random(seed);
        System.out.println("WeeklyKillTest seed " + seed + " (rerun with -Dkill.seed=" + seed + ")");
        int interrupted = 0;
        int afterWrites = 0;
        int maxVisible = 0;
        for (int i = 0; i < KILLS; i++) {
            Path log = tmp.resolve("run-" + i + ".log");
            Process p = ChildJvm.weekly(Map.of(), List.of(), log,
                    args(inbox, out, LocalDate.of(2031, 3, 10).plusDays(i).toString())).start();
            // start-up (JVM, language models, templates) takes a while and its length depends on the machine's load:
            // even runs are killed up to 2.5 s after the first line, odd ones up to 1.5 s after the first brief was
            // written, so that half the kills land while briefs are being written however fast the machine is
            String marker = i % 2 == 0 ? "briefing " : "] rendered ";
            long delay = random.nextInt(i % 2 == 0 ? 2500 : 1500);
            boolean ended = !awaitLine(p, log, marker) || p.waitFor(delay, TimeUnit.MILLISECONDS);
            if (!ended) {
                p.destroyForcibly();
                assertTrue(p.waitFor(30, TimeUnit.SECONDS), "the killed JVM ended");
                interrupted++;
            }
            String context = "after run " + i + " (" + (ended ? "ended by itself" : "killed after " + delay + " ms")
                    + ", seed " + seed + ")";
            maxVisible = Math.max(maxVisible, checkOnlyCompleteFiles(out, context));
            if (!ended && Files.readString(log).contains("] rendered ")) {
                afterWrites++;
            }
        }
        System.out.println("WeeklyKillTest: " + interrupted + " of " + KILLS + " runs killed, " + afterWrites
                + " of them after writing a brief; up to " + maxVisible + " visible files after a kill");

        Path log = tmp.resolve("final.log");
        int exit = ChildJvm.runToEnd(ChildJvm.weekly(Map.of(), List.of(), log, args(inbox, out, "2031-03-09")));
        String output = Files.readString(log);
        assertEquals(0, exit, output);
        assertTrue(output.contains("0 of " + CLUSTERS + " briefs failed"), output);
        Path week = out.resolve(WEEK);
        Set<String> expected = new TreeSet<>(Set.of("index.html", "run.json"));
        for (String id : ids) {
            expected.addAll(List.of(id + ".html", id + ".pdf", id + ".json"));
        }
        assertEquals(expected, files(week).keySet());
        checkOnlyCompleteFiles(out, "after the final run");
        try (Stream<Path> s = Files.list(week)) {
            assertEquals(List.of(), s.map(f -> f.getFileName().toString()).filter(n -> n.startsWith(".")).toList(),
                    "temporary files left after a complete run");
        }
        JsonNode manifest = json(Files.readAllBytes(week.resolve("run.json")));
        assertEquals(CLUSTERS, manifest.path("summary").path("ok").asInt());
        for (String id : ids) {
            JsonNode brief = json(Files.readAllBytes(week.resolve(id + ".json")));
            assertEquals("2031-03-09", brief.path("asOf").asText(), id + " is from the final run");
        }
        String index = Files.readString(week.resolve("index.html"));
        for (String id : ids) {
            assertTrue(index.contains("href=\"" + id + ".html\""), "index lists " + id);
        }
    }

    /** Waits until the child printed {@code marker}; false if it ended before. */
    private static boolean awaitLine(Process p, Path log, String marker) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            if (Files.exists(log) && Files.readString(log).contains(marker)) {
                return true;
            }
            if (p.waitFor(10, TimeUnit.MILLISECONDS)) {
                return false;
            }
        }
        throw new AssertionError("the child JVM did not print '" + marker + "' in 60 s: " + Files.readString(log));
    }

    private static List<String> args(Path inbox, Path out, String asOf) {
        return new ArrayList<>(List.of("--inbox", inbox.toString(), "--out", out.toString(), "--week", WEEK,
                "--as-of", asOf, "--templates", WeekFixtures.templates().toString(), "--threads", "2",
                "--progress", "lines"));
    }

    /** Every visible file is complete; hidden ones are only the lock and temporary files. Returns the visible count. */
    private static int checkOnlyCompleteFiles(Path out, String context) throws IOException {
        if (!Files.exists(out)) {
            return 0;
        }
        try (Stream<Path> s = Files.list(out)) {
            for (Path p : s.toList()) {
                String name = p.getFileName().toString();
                assertTrue(name.equals(RunLock.FILE) || name.equals(WEEK), context + ": unexpected " + p);
            }
        }
        Path week = out.resolve(WEEK);
        if (!Files.exists(week)) {
            return 0;
        }
        try (Stream<Path> s = Files.list(week)) {
            for (Path p : s.toList()) {
                String name = p.getFileName().toString();
                assertTrue(!name.startsWith(".") || TEMPORARY.matcher(name).matches(),
                        context + ": a hidden file that is not a temporary file: " + name);
            }
        }
        Map<String, byte[]> visible = files(week);
        for (Map.Entry<String, byte[]> e : visible.entrySet()) {
            try {
                assertComplete(e.getKey(), e.getValue());
            } catch (AssertionError err) {
                throw new AssertionError(context + ": " + err.getMessage(), err);
            }
        }
        return visible.size();
    }
}
