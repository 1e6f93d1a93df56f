package factbrief.run;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static factbrief.run.WeekFixtures.AS_OF;
import static factbrief.run.WeekFixtures.WEEK;
import static factbrief.run.WeekFixtures.assertComplete;
import static factbrief.run.WeekFixtures.cluster;
import static factbrief.run.WeekFixtures.files;
import static factbrief.run.WeekFixtures.json;
import static factbrief.run.WeekFixtures.manifestWithoutTimings;
import static factbrief.run.WeekFixtures.writeClusters;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code factbrief weekly} in this JVM over invented weeks: failures, reuse, changes, orphans, lock, links. */
class WeeklyRunTest {
    /** Bad inputs taken from the reader's corpus: syntax, encoding, format, ids, offsets, control and bidi text. */
    private static final List<String> BAD = List.of("n_comment.json", "n_trailing_comma_object.json",
            "n_unclosed_string.json", "n_empty_file.json", "invalid_utf8_overlong.json", "invalid_utf8_byte_ff.json",
            "format_v2.json", "cluster_id_traversal.json", "cluster_id_con.json", "mention_out_of_range.json",
            "mention_unknown_entity.json", "entity_id_duplicate.json", "story_text_empty.json",
            "title_bidi_override.json", "nul_in_text.json", "duplicate_key.json", "top_level_array.json",
            "lone_surrogate_in_text.json", "entity_type_huge_exponent.json");

    @TempDir
    Path tmp;

    private Path inbox() {
        return tmp.resolve("inbox");
    }

    private Path weekIn() {
        return inbox().resolve(WEEK);
    }

    private Path out() {
        return tmp.resolve("out");
    }

    private Path weekOut() {
        return out().resolve(WEEK);
    }

    private CliRun weekly(String... extra) {
        return weeklyFor(WEEK, extra);
    }

    private CliRun weeklyFor(String week, String... extra) {
        List<String> args = new ArrayList<>(List.of("weekly", "--inbox", inbox().toString(), "--out",
                out().toString(), "--week", week, "--templates", WeekFixtures.templates().toString(), "--threads", "2",
                "--progress", "lines"));
        args.addAll(List.of(extra));
        return CliRun.run(args.toArray(String[]::new));
    }

    private static Set<String> briefFiles(List<String> ids) {
        Set<String> names = new TreeSet<>();
        for (String id : ids) {
            names.addAll(List.of(id + ".html", id + ".pdf", id + ".json"));
        }
        return names;
    }

    private static Set<String> plus(Set<String> a, String... more) {
        Set<String> s = new TreeSet<>(a);
        s.addAll(List.of(more));
        return s;
    }

    @Test
    void badInputsAreReportedWithFileAndLocationAndTheRestIsWritten() throws IOException {
        List<String> good = writeClusters(weekIn(), "good", 3);
        Map<String, String> expected = badInputs();
        for (String name : BAD) {
            Files.copy(resource("bad-inputs/" + name), weekIn().resolve(name));
        }
        // generated hostile sizes: a 20 MB story and nesting 10,000 deep
        String huge = cluster("huge", 0)
                .replaceFirst("\"text\" : \"", "\"text\" : \"" + "Valdoria ".repeat(20 * 1024 * 1024 / 9));
        Files.writeString(weekIn().resolve("huge_story.json"), huge);
        Files.writeString(weekIn().resolve("deep_nesting.json"), "[".repeat(10_000) + "]".repeat(10_000));
        int textStart = huge.indexOf("\"text\" : \"") + "\"text\" : \"".length();
        int hugeLength = huge.indexOf('"', textStart) - textStart; // invented ASCII text without escapes
        assertTrue(hugeLength > 20_000_000);
        expected.put("huge_story.json", "/stories/0/text: is " + hugeLength
                + " characters long; the limit is 1000000");
        expected.put("deep_nesting.json", ":1:66: nesting is deeper than 64 levels");

        CliRun r = weekly();

        int bad = expected.size();
        int total = good.size() + bad;
        assertEquals(1, r.exit(), r::toString);
        assertTrue(r.out().lines().anyMatch(l -> l.equals(bad + " of " + total + " briefs failed")), r::toString);
        JsonNode manifest = json(Files.readAllBytes(weekOut().resolve("run.json")));
        Map<String, JsonNode> inputs = new HashMap<>();
        manifest.path("inputs").forEach(i -> inputs.put(i.path("file").asText(), i));
        assertEquals(total, inputs.size());
        for (Map.Entry<String, String> e : expected.entrySet()) {
            String file = weekIn().resolve(e.getKey()).toString();
            List<String> lines = r.err().lines().filter(l -> l.startsWith("FAILED " + file + ":")).toList();
            JsonNode entry = inputs.get(e.getKey());
            assertAll(e.getKey(),
                    () -> assertEquals(1, lines.size(), () -> "one FAILED line for " + file + "\n" + r),
                    () -> assertTrue(lines.get(0).substring(("FAILED " + file).length())
                                    .matches(":[1-9][0-9]*:[1-9][0-9]*: .+|: /\\S*: .+"),
                            () -> "names neither line:column nor a JSON pointer: " + lines.get(0)),
                    () -> assertTrue(lines.get(0).contains(e.getValue()),
                            () -> "expected [" + e.getValue() + "] in " + lines.get(0)),
                    () -> assertEquals("failed", entry.path("status").asText()),
                    () -> assertTrue(entry.path("error").path("pointer").isTextual()
                            || entry.path("error").path("line").asInt() > 0, () -> entry.toString()),
                    () -> assertTrue(entry.path("sha256").asText().matches("[0-9a-f]{64}")),
                    () -> assertEquals(0, entry.path("outputs").size()));
        }
        assertEquals(plus(briefFiles(good), "index.html", "run.json"), files(weekOut()).keySet(),
                "only the good clusters' briefs, the index and run.json");
        files(weekOut()).forEach(WeekFixtures::assertComplete);
        for (String id : good) {
            JsonNode brief = json(Files.readAllBytes(weekOut().resolve(id + ".json")));
            assertEquals(id, brief.path("cluster").path("id").asText());
            assertEquals(AS_OF, brief.path("asOf").asText());
        }
        String index = Files.readString(weekOut().resolve("index.html"));
        for (String id : good) {
            assertTrue(index.contains("href=\"" + id + ".pdf\""), "index links " + id);
        }
        assertTrue(index.contains(bad + " inputs of this week could not be briefed"), index);
        assertEquals(bad, manifest.path("summary").path("failed").asInt());
        assertEquals(good.size(), manifest.path("summary").path("ok").asInt());
    }

    @Test
    void aSecondRunOverTheSameWeekChangesNoByte() throws IOException {
        List<String> good = writeClusters(weekIn(), "same", 2);
        Files.copy(resource("bad-inputs/n_comment.json"), weekIn().resolve("broken.json"));
        CliRun first = weekly();
        assertEquals(1, first.exit(), first::toString);
        Map<String, byte[]> before = files(weekOut());
        FileTime old = FileTime.from(Instant.parse("2001-01-01T00:00:00Z"));
        for (String name : before.keySet()) {
            Files.setLastModifiedTime(weekOut().resolve(name), old);
        }

        CliRun second = weekly();

        assertEquals(1, second.exit(), second::toString);
        assertEquals(first.err(), second.err());
        Map<String, byte[]> after = files(weekOut());
        assertEquals(before.keySet(), after.keySet());
        for (String name : before.keySet()) {
            if (name.equals("run.json")) {
                assertEquals(manifestWithoutTimings(before.get(name)), manifestWithoutTimings(after.get(name)));
            } else {
                assertArrayEquals(before.get(name), after.get(name), name);
                assertEquals(old, Files.getLastModifiedTime(weekOut().resolve(name)), name + " was rewritten");
            }
        }
        JsonNode timings = json(after.get("run.json")).path("timings").path("inputs");
        assertEquals("reused", timings.path("c00.json").path("action").asText());
        assertEquals("reused", timings.path("c01.json").path("action").asText());
        assertTrue(second.out().contains("reused   c00.json -> " + good.get(0)), second::toString);
    }

    @Test
    void forceRendersAgainWithTheSameBytes() throws IOException {
        writeClusters(weekIn(), "force", 1);
        assertEquals(0, weekly().exit());
        Map<String, byte[]> before = files(weekOut());

        CliRun again = weekly("--force");

        assertEquals(0, again.exit(), again::toString);
        assertTrue(again.out().contains("rendered c00.json"), again::toString);
        Map<String, byte[]> after = files(weekOut());
        for (String name : before.keySet()) {
            if (!name.equals("run.json")) {
                assertArrayEquals(before.get(name), after.get(name), name);
            }
        }
    }

    @Test
    void briefsWrittenByAnotherBuildOfTheProgramAreRenderedAgain() throws IOException {
        writeClusters(weekIn(), "code", 1);
        assertEquals(0, weekly().exit());
        Path manifest = weekOut().resolve("run.json");
        String written = Files.readString(manifest);
        assertEquals(factbrief.run.Tool.codeFingerprint(), json(Files.readAllBytes(manifest)).path("tool")
                .path("code").asText());
        assertEquals(0, weekly().exit());
        assertEquals("reused", json(Files.readAllBytes(manifest)).path("timings").path("inputs").path("c00.json")
                .path("action").asText(), "an unchanged program reuses");
        Files.writeString(manifest, written.replace(factbrief.run.Tool.codeFingerprint(), "another-build"));

        CliRun r = weekly();

        assertEquals(0, r.exit(), r::toString);
        assertTrue(r.out().contains("rendered c00.json"), r::toString);
    }

    @Test
    void aChangedInputIsRenderedAgainAndNothingElse() throws IOException {
        List<String> ids = writeClusters(weekIn(), "chg", 2);
        assertEquals(0, weekly().exit());
        FileTime old = FileTime.from(Instant.parse("2001-01-01T00:00:00Z"));
        for (String name : files(weekOut()).keySet()) {
            Files.setLastModifiedTime(weekOut().resolve(name), old);
        }
        Map<String, byte[]> before = files(weekOut());
        Files.writeString(weekIn().resolve("c01.json"), cluster(ids.get(1), "Harbour talks, second round", 1));

        CliRun r = weekly();

        assertEquals(0, r.exit(), r::toString);
        Map<String, byte[]> after = files(weekOut());
        for (String ext : List.of(".html", ".pdf", ".json")) {
            String unchanged = ids.get(0) + ext;
            assertArrayEquals(before.get(unchanged), after.get(unchanged), unchanged);
            assertEquals(old, Files.getLastModifiedTime(weekOut().resolve(unchanged)), unchanged);
            String changed = ids.get(1) + ext;
            assertFalse(java.util.Arrays.equals(before.get(changed), after.get(changed)), changed + " unchanged");
        }
        assertEquals("Harbour talks, second round",
                json(after.get(ids.get(1) + ".json")).path("cluster").path("title").asText());
        assertTrue(new String(after.get("index.html"), StandardCharsets.UTF_8).contains("Harbour talks, second round"));
        JsonNode timings = json(after.get("run.json")).path("timings").path("inputs");
        assertEquals("reused", timings.path("c00.json").path("action").asText());
        assertEquals("rendered", timings.path("c01.json").path("action").asText());
    }

    @Test
    void aBriefWhoseFileWasDamagedIsRenderedAgain() throws IOException {
        List<String> ids = writeClusters(weekIn(), "dmg", 1);
        assertEquals(0, weekly().exit());
        byte[] pdf = Files.readAllBytes(weekOut().resolve(ids.get(0) + ".pdf"));
        Files.write(weekOut().resolve(ids.get(0) + ".pdf"), java.util.Arrays.copyOf(pdf, pdf.length / 2));

        CliRun r = weekly();

        assertEquals(0, r.exit(), r::toString);
        assertTrue(r.out().contains("rendered c00.json"), r::toString);
        assertArrayEquals(pdf, Files.readAllBytes(weekOut().resolve(ids.get(0) + ".pdf")));
    }

    @Test
    void outputsWhoseInputDisappearedAreReportedAndRemovedOnlyWithPrune() throws IOException {
        List<String> ids = writeClusters(weekIn(), "gone", 2);
        assertEquals(0, weekly().exit());
        Files.delete(weekIn().resolve("c01.json"));

        CliRun kept = weekly();

        assertEquals(0, kept.exit(), kept::toString);
        Set<String> orphans = briefFiles(List.of(ids.get(1)));
        for (String name : orphans) {
            assertTrue(Files.exists(weekOut().resolve(name)), name + " kept without --prune");
            assertTrue(kept.err().contains("orphan " + weekOut().resolve(name) + ": no input of this run writes it;"
                    + " kept (--prune removes it)"), kept::toString);
        }
        JsonNode m1 = json(Files.readAllBytes(weekOut().resolve("run.json")));
        assertEquals(3, m1.path("orphans").size());
        m1.path("orphans").forEach(o -> assertFalse(o.path("removed").asBoolean()));
        assertFalse(Files.readString(weekOut().resolve("index.html")).contains(ids.get(1)), "index without it");
        assertTrue(kept.out().contains("0 of 1 briefs failed"), kept::toString);

        CliRun pruned = weekly("--prune");

        assertEquals(0, pruned.exit(), pruned::toString);
        assertEquals(plus(briefFiles(List.of(ids.get(0))), "index.html", "run.json"), files(weekOut()).keySet());
        JsonNode m2 = json(Files.readAllBytes(weekOut().resolve("run.json")));
        assertEquals(3, m2.path("orphans").size());
        m2.path("orphans").forEach(o -> assertTrue(o.path("removed").asBoolean()));
    }

    @Test
    void aSecondOverlappingRunExitsAtOnceWithAClearMessage() throws IOException {
        writeClusters(weekIn(), "lock", 1);
        Files.createDirectories(out());
        Path lockFile = out().resolve(RunLock.FILE);
        try (FileChannel ch = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             FileLock held = ch.tryLock()) {
            assertNotNull(held);

            CliRun r = weekly();

            assertEquals(WeeklyRun.LOCKED, r.exit(), r::toString);
            assertTrue(r.err().startsWith("factbrief: another weekly run holds the lock "
                    + lockFile.toAbsolutePath()), r::toString);
            assertTrue(r.err().contains("this run stops without touching the output"), r::toString);
            assertFalse(Files.exists(weekOut()), "nothing written while the lock is held");
        }
        CliRun after = weekly();
        assertEquals(0, after.exit(), after::toString);
    }

    @Test
    void aSymbolicLinkPointingOutsideTheInboxIsRejectedAndNotFollowed() throws IOException {
        writeClusters(weekIn(), "in", 1);
        Path outside = tmp.resolve("elsewhere/valid.json");
        Files.createDirectories(outside.getParent());
        Files.writeString(outside, cluster("outside-the-inbox", 3)); // a valid cluster: following it would succeed
        Files.createSymbolicLink(weekIn().resolve("link.json"), outside);
        Path shared = inbox().resolve("shared/inside.json");
        Files.createDirectories(shared.getParent());
        Files.writeString(shared, cluster("inside-the-inbox", 4));
        Files.createSymbolicLink(weekIn().resolve("inside-link.json"), shared);
        Files.createSymbolicLink(weekIn().resolve("dangling.json"), tmp.resolve("nothing-here.json"));

        CliRun r = weekly();

        assertEquals(1, r.exit(), r::toString);
        assertTrue(r.err().contains("FAILED " + weekIn().resolve("link.json")
                + ": a symbolic link pointing outside the inbox; not followed"), r::toString);
        assertTrue(r.err().contains("FAILED " + weekIn().resolve("dangling.json")
                + ": a symbolic link to a file that does not exist; not followed"), r::toString);
        assertTrue(r.out().contains("2 of 4 briefs failed"), r::toString);
        Set<String> names = files(weekOut()).keySet();
        assertFalse(names.stream().anyMatch(n -> n.startsWith("outside-the-inbox")), names::toString);
        assertTrue(names.contains("inside-the-inbox.pdf"), names::toString);
        JsonNode link = input(json(Files.readAllBytes(weekOut().resolve("run.json"))), "link.json");
        assertTrue(link.path("sha256").isNull(), "the link's target was not read");
    }

    @Test
    void reservedAndDuplicateClusterIdsFailAndTheFirstFileKeepsItsId() throws IOException {
        Files.createDirectories(weekIn());
        Files.writeString(weekIn().resolve("a.json"), cluster("twin", 1));
        Files.writeString(weekIn().resolve("b.json"), cluster("twin", 2));
        Files.writeString(weekIn().resolve("c.json"), cluster("index", 3));
        Files.writeString(weekIn().resolve("d.json"), cluster("run", 4));

        CliRun r = weekly();

        assertEquals(1, r.exit(), r::toString);
        assertTrue(r.err().contains("FAILED " + weekIn().resolve("b.json") + ": /cluster/id: the cluster id 'twin'"
                + " is also the id of a.json, which is briefed instead"), r::toString);
        assertTrue(r.err().contains("FAILED " + weekIn().resolve("c.json") + ": /cluster/id: the cluster id 'index'"
                + " is reserved in a week's output folder (index.html, run.json)"), r::toString);
        assertTrue(r.err().contains("FAILED " + weekIn().resolve("d.json") + ": /cluster/id: the cluster id 'run'"),
                r::toString);
        assertEquals(plus(briefFiles(List.of("twin")), "index.html", "run.json"), files(weekOut()).keySet());
        assertTrue(json(Files.readAllBytes(weekOut().resolve("twin.json"))).path("sources").toString()
                .contains("twin-1"));
    }

    @Test
    void hostileTitlesAreEscapedInTheIndex() throws IOException {
        Files.createDirectories(weekIn());
        String title = "<script>alert(1)</script> \"quoted\" & ${7*7} <#assign x=1>";
        Files.writeString(weekIn().resolve("h.json"), cluster("hostile", title, 2));

        CliRun r = weekly();

        assertEquals(0, r.exit(), r::toString);
        String index = Files.readString(weekOut().resolve("index.html"));
        assertTrue(index.contains("&lt;script&gt;alert(1)&lt;/script&gt; &quot;quoted&quot; &amp; ${7*7}"
                + " &lt;#assign x=1&gt;"), index);
        assertFalse(index.contains("<script"), index);
        assertFalse(index.contains("49"), index);
    }

    @Test
    void leftoverTemporaryFilesOfAKilledRunAreRemoved() throws IOException {
        writeClusters(weekIn(), "tmp", 1);
        Files.createDirectories(weekOut());
        Path leftover = weekOut().resolve(".tmp-00.pdf.3kq9z1x.tmp");
        Files.write(leftover, new byte[] {'%', 'P', 'D'});

        CliRun r = weekly();

        assertEquals(0, r.exit(), r::toString);
        assertFalse(Files.exists(leftover));
        assertTrue(r.err().contains("removed 1 temporary file left by an interrupted run"), r::toString);
        try (Stream<Path> s = Files.list(weekOut())) {
            assertEquals(List.of(), s.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("."))
                    .collect(Collectors.toList()));
        }
    }

    @Test
    void rawStoriesFilesAreAnnotatedIntoOneClusterEach() throws IOException {
        Files.createDirectories(weekIn());
        Files.writeString(weekIn().resolve("harbour.stories.json"), """
                {"cluster": "harbour-visit", "description": "An invented harbour visit",
                 "stories": [
                  {"id": "hv-1", "language": "en", "site": "harbour-gazette.example", "published": "2031-03-04",
                   "text": "Foreign Minister Mira Oskarsson of Valdoria met Defense Minister Tarek Lundqvist of Ostrovia in Port Veld on Tuesday. Both sides agreed to hold joint naval exercises."},
                  {"id": "hv-2", "language": "en", "site": "coastal-wire.example", "published": "2031-03-05",
                   "text": "Mira Oskarsson and Tarek Lundqvist met in Port Veld, officials said."}
                 ]}
                """);
        Files.writeString(weekIn().resolve("notes.txt"), "a loose note, not clustered");

        CliRun r = weekly();

        assertEquals(0, r.exit(), r::toString);
        assertTrue(r.err().contains("ignored " + weekIn().resolve("notes.txt") + ": not an input"), r::toString);
        Map<String, byte[]> written = files(weekOut());
        assertEquals(plus(briefFiles(List.of("harbour-visit")), "index.html", "run.json"), written.keySet());
        written.forEach(WeekFixtures::assertComplete);
        JsonNode m = json(written.get("run.json"));
        assertEquals("stories", input(m, "harbour.stories.json").path("kind").asText());
        assertEquals("notes.txt", m.path("ignored").get(0).path("file").asText());
    }

    @Test
    void withoutWeekTheLastCompleteWeekByTheClockIsBriefedAsOfItsSunday() throws IOException {
        writeClusters(weekIn(), "clock", 1);
        Clock wednesdayAfter = Clock.fixed(Instant.parse("2031-03-12T23:30:00Z"), ZoneOffset.UTC);

        CliRun r = CliRun.run(wednesdayAfter, "weekly", "--inbox", inbox().toString(), "--out", out().toString(),
                "--templates", WeekFixtures.templates().toString(), "--progress", "lines");

        assertEquals(0, r.exit(), r::toString);
        JsonNode m = json(Files.readAllBytes(weekOut().resolve("run.json")));
        assertEquals(WEEK, m.path("week").asText());
        assertEquals(AS_OF, m.path("asOf").asText());
        assertEquals("2031-03-12T23:30:00Z", m.path("timings").path("started").asText());
    }

    @Test
    void usageErrorsExitWithTwoBeforeWritingAnything() throws IOException {
        Files.createDirectories(weekIn());
        CliRun noSuchWeek = weeklyFor("2031-W53");
        assertEquals(2, noSuchWeek.exit(), noSuchWeek::toString);
        assertTrue(noSuchWeek.err().contains("--week 2031-W53 does not exist: 2031 has weeks 1 to 52, not 53"),
                noSuchWeek::toString);
        CliRun badForm = weeklyFor("2031-10");
        assertEquals(2, badForm.exit(), badForm::toString);
        CliRun noFolder = weeklyFor("2031-W11");
        assertEquals(2, noFolder.exit(), noFolder::toString);
        assertTrue(noFolder.err().contains("no inbox folder for 2031-W11: "), noFolder::toString);
        CliRun threads = weekly("--threads", "0");
        assertEquals(2, threads.exit(), threads::toString);
        assertFalse(Files.exists(out().resolve("2031-W11")));
    }

    @Test
    void anEmptyWeekWritesAnEmptyIndexAndExitsZero() throws IOException {
        Files.createDirectories(weekIn());
        CliRun r = weekly();
        assertEquals(0, r.exit(), r::toString);
        assertTrue(r.out().contains("0 of 0 briefs failed"), r::toString);
        assertTrue(Files.readString(weekOut().resolve("index.html")).contains("No briefs for this week."));
    }

    @Test
    void manifestListsEveryOutputWithItsHash() throws IOException {
        List<String> ids = writeClusters(weekIn(), "hash", 1);
        assertEquals(0, weekly().exit());
        JsonNode m = json(Files.readAllBytes(weekOut().resolve("run.json")));
        JsonNode in = input(m, "c00.json");
        assertEquals(Hashes.sha256Hex(Files.readAllBytes(weekIn().resolve("c00.json"))), in.path("sha256").asText());
        assertEquals(ids.get(0), in.path("cluster").asText());
        assertEquals(3, in.path("outputs").size());
        for (JsonNode o : in.path("outputs")) {
            assertEquals(Hashes.sha256Hex(Files.readAllBytes(weekOut().resolve(o.path("file").asText()))),
                    o.path("sha256").asText(), o.toString());
        }
        assertEquals(Hashes.sha256Hex(Files.readAllBytes(weekOut().resolve("index.html"))),
                m.path("digest").path("sha256").asText());
        assertEquals(Tool.VERSION, m.path("tool").path("version").asText());
        assertEquals(Tool.templatesFingerprint(WeekFixtures.templates()), m.path("tool").path("templates").asText());
        assertNotEquals("", m.path("timings").path("started").asText());
    }

    private static JsonNode input(JsonNode manifest, String file) {
        for (JsonNode i : manifest.path("inputs")) {
            if (i.path("file").asText().equals(file)) {
                return i;
            }
        }
        throw new AssertionError("no input " + file + " in " + manifest);
    }

    private static Path resource(String name) {
        try {
            return Path.of(WeeklyRunTest.class.getClassLoader().getResource(name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The message fragment {@code bad-inputs/expected.tsv} lists for each bad file used here. */
    private static Map<String, String> badInputs() {
        try {
            Map<String, String> all = new HashMap<>();
            for (String line : Files.readAllLines(resource("bad-inputs/expected.tsv"), StandardCharsets.UTF_8)) {
                if (!line.startsWith("#") && line.contains("\t")) {
                    all.put(line.substring(0, line.indexOf('\t')), line.substring(line.indexOf('\t') + 1));
                }
            }
            Map<String, String> out = new HashMap<>();
            for (String name : BAD) {
                out.put(name, all.get(name));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
