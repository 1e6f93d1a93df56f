package factbrief.cli;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
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

/** {@code --locale} reaches labels, dates, language names and the PDF's language; unknown languages are refused. */
class LocaleOptionTest {
    private static final Path ROOT = Path.of(System.getProperty("factbrief.root", "..")).toAbsolutePath().normalize();
    private static final Path SEED = ROOT.resolve("seeds/us-peru-defense-2025-05.cluster.json");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2031-03-20T12:00:00Z"), ZoneOffset.UTC);

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

    @Test
    void frenchReachesLabelsDatesLanguageNamesAndThePdf(@TempDir Path out) throws IOException {
        Run r = run("brief", SEED.toString(), "--locale", "fr", "--out", out.toString(),
                "--templates", ROOT.resolve("templates").toString());
        assertEquals(0, r.code(), r.err());
        String id = "us-peru-defense-2025-05";
        Document html = Jsoup.parse(Files.readString(out.resolve(id + ".html"), StandardCharsets.UTF_8));
        assertEquals("fr", html.selectFirst("html").attr("lang"));
        assertEquals("État au 20 mars 2031", html.selectFirst(".asof").text(), "as-of date in French");
        assertEquals("Qui a rencontré qui", html.selectFirst("#meetings-h").text());
        assertEquals("Lieu\u00A0:", html.selectFirst(".where .k").wholeText(), "French colon after a no-break space");
        String languages = html.select(".facts .fact").last().selectFirst("dd").text();
        assertTrue(languages.contains("allemand"), "language names in French: " + languages);
        assertTrue(html.select(".status").eachText().contains("Convenu"), "statuses in French");
        assertFalse(html.select(".indep").eachText().contains("independent"), "no English flag left");
        try (PDDocument pdf = Loader.loadPDF(Files.readAllBytes(out.resolve(id + ".pdf")))) {
            assertEquals("fr", pdf.getDocumentCatalog().getLanguage());
            String text = new PDFTextStripper().getText(pdf);
            assertTrue(text.contains("QUI A RENCONTRÉ QUI"), text);
            assertTrue(text.contains("20 MARS 2031"), text);
        }
    }

    @Test
    void aLanguageWithoutLabelsIsAUsageError(@TempDir Path out) {
        Run r = run("brief", SEED.toString(), "--locale", "pt", "--out", out.toString(),
                "--templates", ROOT.resolve("templates").toString());
        assertEquals(App.USAGE, r.code());
        assertTrue(r.err().contains("--locale must be one of de, en, es, fr"), r.err());
        assertFalse(Files.exists(out.resolve("us-peru-defense-2025-05.html")), "nothing written");
    }
}
