package factbrief.browser;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Each golden HTML brief in a real browser (headless Chromium): no horizontal overflow at phone (360 px) and desktop
 * (1280 px) widths, no console errors, no request other than the file itself, and printing gives one page.
 * Screenshots and the printed PDF go to {@code generator/target/browser/} for a person to look at. Skipped, with the
 * reason, where no Chromium is installed ({@code apt-get install -y chromium}, or {@code -Dfactbrief.chromium=PATH}).
 */
class BrowserTest {
    static final Path ROOT = Path.of(System.getProperty("factbrief.root", "..")).toAbsolutePath().normalize();
    static final Path OUT = ROOT.resolve("generator/target/browser");
    private static final int[] WIDTHS = {360, 1280};

    @TempDir
    static Path profile;
    private static Chromium browser;

    @BeforeAll
    static void start() throws IOException {
        Optional<Path> exe = Chromium.find();
        if (exe.isPresent()) {
            browser = Chromium.launch(exe.get(), profile, OUT.resolve("chromium.log"));
        }
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"seed", "lakeside", "solo"})
    void goldenBriefFitsPhoneAndDesktopStaysLocalAndPrintsOnOnePage(String name) throws IOException {
        assumeTrue(browser != null, "no Chromium found (-Dfactbrief.chromium=PATH, or one of " + Chromium.NAMES
                + " on the PATH; on Debian: apt-get install -y chromium): browser check skipped");
        Path html = ROOT.resolve("generator/src/test/resources/golden/" + name + ".html");
        URI url = html.toUri();
        List<String> overflow = new ArrayList<>();
        try (Chromium.Tab tab = browser.open()) {
            for (int width : WIDTHS) {
                tab.viewport(width, 800);
                tab.load(url);
                JsonNode m = tab.eval("({scroll: document.documentElement.scrollWidth, inner: window.innerWidth,"
                        + " wide: [...document.querySelectorAll('body *')]"
                        + ".filter(e => e.getBoundingClientRect().right > " + width + " + 0.5).slice(0, 5)"
                        + ".map(e => e.tagName.toLowerCase() + (e.className ? '.' + e.className : ''))})");
                // a phone viewport may widen itself to fit wide content, so the width asked for is the limit too
                if (m.path("scroll").asInt() > Math.min(width, m.path("inner").asInt())) {
                    overflow.add(width + " px: scrollWidth " + m.path("scroll").asInt() + " (innerWidth "
                            + m.path("inner").asInt() + "), widest: " + m.path("wide"));
                }
                Files.createDirectories(OUT);
                Files.write(OUT.resolve(name + "-" + width + ".png"), tab.screenshot());
            }
            byte[] pdf = tab.print();
            Files.write(OUT.resolve(name + "-print.pdf"), pdf);
            int pages;
            try (PDDocument doc = Loader.loadPDF(pdf)) {
                pages = doc.getNumberOfPages();
            }
            List<String> errors = new ArrayList<>();
            List<String> requests = new ArrayList<>();
            for (JsonNode e : tab.events()) {
                JsonNode p = e.path("params");
                switch (e.path("method").asText()) {
                    case "Runtime.consoleAPICalled" -> {
                        if (List.of("error", "assert").contains(p.path("type").asText())) {
                            errors.add("console." + p.path("type").asText() + ": " + p.path("args"));
                        }
                    }
                    case "Runtime.exceptionThrown" -> errors.add("exception: " + p.path("exceptionDetails"));
                    case "Log.entryAdded" -> {
                        if (p.path("entry").path("level").asText().equals("error")) {
                            errors.add("log: " + p.path("entry").path("text").asText());
                        }
                    }
                    case "Network.requestWillBeSent" -> {
                        String requested = p.path("request").path("url").asText();
                        if (!URI.create(requested).equals(url)) {
                            requests.add(requested);
                        }
                    }
                    default -> {
                    }
                }
            }
            int finalPages = pages;
            assertAll(
                    () -> assertEquals(List.of(), overflow, "horizontal overflow"),
                    () -> assertEquals(List.of(), errors, "console errors"),
                    () -> assertEquals(List.of(), requests, "requests other than the file itself"),
                    () -> assertEquals(1, finalPages, "printed pages (see " + OUT.resolve(name + "-print.pdf") + ")"));
        }
    }
}
