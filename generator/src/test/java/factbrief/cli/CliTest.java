package factbrief.cli;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The commands run in-process with captured output: exit codes, messages, files. */
class CliTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2031-03-20T08:00:00Z"), ZoneOffset.UTC);
    private static final Path ROOT = Path.of(System.getProperty("factbrief.root", "..")).toAbsolutePath().normalize();

    @TempDir
    Path tmp;

    private record Run(int code, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        var cl = App.commandLine(CLOCK);
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int code = cl.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    private Path stories() throws IOException {
        Path f = tmp.resolve("stories.json");
        Files.writeString(f, """
                {"cluster": "ostrovia-talks-2031-03", "description": "Fictional talks",
                 "stories": [
                  {"id": "s1", "language": "en", "published": "2031-03-11", "site": "one.example",
                   "text": "Defense Minister Jonas Kettering met Foreign Minister Ana Duvall at the Pentagon on Monday.\\nBoth sides agreed on joint military exercises."},
                  {"id": "s2", "language": "es", "published": "2031-03-11", "site": "dos.example",
                   "text": "El ministro de Defensa Jonas Kettering se reunió el lunes con la canciller Ana Duvall.\\nAmbos gobiernos acordaron ejercicios militares conjuntos."}
                 ]}""", StandardCharsets.UTF_8);
        return f;
    }

    @Test
    void annotateThenBriefWritesThreeFilesWithTheDefaultAsOf() throws IOException {
        Path cluster = tmp.resolve("c.json");
        Run a = run("annotate", stories().toString(), "-o", cluster.toString());
        assertEquals(0, a.code(), a.err());
        assertTrue(a.out().contains("2 stories"), a.out());
        Run b = run("brief", cluster.toString(), "--out", tmp.resolve("out").toString(),
                "--templates", ROOT.resolve("templates").toString());
        assertEquals(0, b.code(), b.err());
        Path out = tmp.resolve("out");
        for (String ext : new String[] {"html", "pdf", "json"}) {
            assertTrue(Files.size(out.resolve("ostrovia-talks-2031-03." + ext)) > 0, ext);
        }
        assertTrue(Files.readString(out.resolve("ostrovia-talks-2031-03.json")).contains("\"asOf\" : \"2031-03-20\"")
                || Files.readString(out.resolve("ostrovia-talks-2031-03.json")).contains("\"asOf\": \"2031-03-20\""),
                "as-of comes from the injected clock");
        try (PDDocument pdf = Loader.loadPDF(out.resolve("ostrovia-talks-2031-03.pdf").toFile())) {
            assertEquals(1, pdf.getNumberOfPages());
        }
    }

    @Test
    void storyCommandWritesASingleSourceBrief() throws IOException {
        Path cluster = tmp.resolve("c.json");
        assertEquals(0, run("annotate", stories().toString(), "-o", cluster.toString()).code());
        Run r = run("story", cluster.toString(), "--story", "s2", "--out", tmp.toString(), "--as-of", "2031-03-12",
                "--templates", ROOT.resolve("templates").toString());
        assertEquals(0, r.code(), r.err());
        String html = Files.readString(tmp.resolve("ostrovia-talks-2031-03-s2.html"));
        assertTrue(html.toLowerCase().contains("single-source"), "the brief says it is single-source");
        Run ambiguous = run("story", cluster.toString(), "--out", tmp.toString());
        assertEquals(2, ambiguous.code());
        assertTrue(ambiguous.err().contains("say which with --story ID"), ambiguous.err());
        Run missing = run("story", cluster.toString(), "--story", "nope", "--out", tmp.toString());
        assertEquals(1, missing.code());
        assertTrue(missing.err().contains("no story with id 'nope'"), missing.err());
    }

    @Test
    void validateNamesTheFileAndPointerAndExitsOne() throws IOException {
        Path bad = tmp.resolve("bad.json");
        Files.writeString(bad, "{\"format\": \"factbrief.cluster/1\", \"cluster\": {\"id\": \"../x\"}}");
        Run r = run("validate", bad.toString());
        assertEquals(1, r.code());
        assertTrue(r.err().startsWith(bad.toString()), r.err());
        assertTrue(r.err().startsWith(bad + ": /"), "names the JSON pointer: " + r.err());
        Run good = run("validate", ROOT.resolve("seeds/us-peru-defense-2025-05.cluster.json").toString());
        assertEquals(0, good.code(), good.err());
    }

    @Test
    void badInputWritesNothing() throws IOException {
        Path bad = tmp.resolve("bad.json");
        Files.writeString(bad, "{ not json");
        Path out = tmp.resolve("out");
        Run r = run("brief", bad.toString(), "--out", out.toString(), "--templates",
                ROOT.resolve("templates").toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains("bad.json:1:"), r.err());
        assertFalse(Files.exists(out) && Files.list(out).findAny().isPresent(), "no output for rejected input");
    }

    @Test
    void usageErrorsExitTwo() {
        assertEquals(2, run("brief").code());
        assertEquals(2, run("nonsense").code());
        Run paper = run("brief", ROOT.resolve("seeds/us-peru-defense-2025-05.cluster.json").toString(), "--paper",
                "a3", "--out", tmp.toString());
        assertEquals(2, paper.code(), paper.err());
    }

    @Test
    void evalScoresABriefAgainstGold() throws IOException {
        Path cluster = tmp.resolve("c.json");
        assertEquals(0, run("annotate", stories().toString(), "-o", cluster.toString()).code());
        assertEquals(0, run("brief", cluster.toString(), "--out", tmp.toString(), "--as-of", "2031-03-12",
                "--templates", ROOT.resolve("templates").toString()).code());
        Path gold = tmp.resolve("gold.json");
        Files.writeString(gold, """
                {"cluster": "ostrovia-talks-2031-03",
                 "meetings": [{"participants": ["Jonas Kettering (Minister of Defense)", "Ana Duvall (Minister of Foreign Affairs)"],
                               "place": "Pentagon", "date": "2031-03-10", "stories": ["s1", "s2"]}],
                 "positions": [], "followUps": [{"action": "joint exercises", "status": "agreed", "stories": ["s1", "s2"]}],
                 "disagreements": [], "sourceFlags": []}""");
        Run r = run("eval", "--gold", gold.toString(), "--brief", tmp.resolve("ostrovia-talks-2031-03.json").toString(),
                "--stories", cluster.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().matches("(?s).*meetings\\s+1\\s+1\\s+1\\s+1\\.000.*"), r.out());
        assertTrue(r.out().matches("(?s).*followUps\\s+1\\s+1\\s+1\\s+1\\.000.*"), r.out());
        assertTrue(r.out().contains("bad evidence spans: 0"), r.out());
    }
}
