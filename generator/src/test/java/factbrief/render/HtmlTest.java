package factbrief.render;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import static java.nio.charset.StandardCharsets.UTF_8;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The HTML brief: self-contained, linked citations, marked languages, every section in its place. */
class HtmlTest {

    private static Document render(factbrief.model.Facts facts, RenderOptions options) {
        return Jsoup.parse(new String(Renderers.shared().render(facts, options).html(), StandardCharsets.UTF_8));
    }

    @Test
    void isOneSelfContainedFileWithoutScripts() {
        String html = Renderers.shared().html(Samples.rich(), RenderOptions.defaults());
        Document doc = Jsoup.parse(html);
        assertTrue(html.startsWith("<!DOCTYPE html>"));
        assertTrue(doc.select("script, link, img, iframe, object, embed, [src]").isEmpty());
        assertFalse(html.contains("@import"));
        assertFalse(html.contains("url("), "the stylesheet must not load anything");
        Element style = doc.selectFirst("head style");
        assertNotNull(style);
        assertTrue(style.data().contains(".brief-head"), "brief.css is inlined");
        assertTrue(style.data().contains("font-family: \"DejaVu Sans\""), "inlined as is, not escaped");
        assertTrue(doc.select("head style").last().data().contains("size: A4"));
        assertEquals("width=device-width, initial-scale=1", doc.selectFirst("meta[name=viewport]").attr("content"));
        assertEquals(Samples.rich().clusterTitle(), doc.title());
    }

    @Test
    void htmlLangFollowsTheLocaleAndLetterPaperReachesThePageRule() {
        Document de = render(Samples.rich(), new RenderOptions(Paper.LETTER, Locale.GERMAN, false));
        assertEquals("de", de.selectFirst("html").attr("lang"));
        assertTrue(de.select("head style").last().data().contains("size: letter"));
        assertEquals("Wer traf wen", de.selectFirst("#meetings h2").text());
        assertEquals("en", render(Samples.rich(), new RenderOptions(Paper.A4, Locale.JAPANESE, false))
                .selectFirst("html").attr("lang"), "no Japanese labels: the page says it is English");
    }

    @Test
    void everyCitationLinksToASourceEntry() {
        Document doc = render(Samples.rich(), RenderOptions.defaults());
        var cites = doc.select("a.cite");
        assertTrue(cites.size() >= 10, "citations: " + cites.size());
        for (Element a : cites) {
            String href = a.attr("href");
            assertTrue(href.matches("#src-\\d+"), href);
            Element target = doc.getElementById(href.substring(1));
            assertNotNull(target, "no source entry for " + href);
            assertEquals("[" + href.substring(5) + "]", a.text());
        }
        assertEquals("[1][3]", doc.selectFirst("#m0 .cites").text());
        assertEquals(4, doc.select("ol.sources > li").size());
        assertEquals("https://gazette.example/velmora/talks", doc.selectFirst("#src-1 a.site").attr("href"));
        assertTrue(doc.select("#src-3 a.site").isEmpty(), "no URL, no link");
        assertTrue(doc.selectFirst("#src-3").text().contains("translation of [1]"));
        assertEquals("#src-1", doc.selectFirst("#src-3 .flag-translation-of a.cite").attr("href"));
        assertTrue(doc.selectFirst("#src-3").text().contains("machine-generated"));
        assertTrue(doc.selectFirst("#src-4").text().contains("off-event"));
        assertTrue(doc.selectFirst("#src-4").text().contains("not independent"));
    }

    @Test
    void quotesKeepTheirLanguageAndFramingIsSetApart() {
        Document doc = render(Samples.rich(), RenderOptions.defaults());
        Element ru = doc.selectFirst("#p1 q [lang]");
        assertEquals("ru", ru.attr("lang"));
        assertTrue(ru.text().startsWith("Мы не позволим"));
        assertEquals("RU", doc.selectFirst("#p1 .lang-tag").text());
        assertEquals("el", doc.selectFirst("#p2 q [lang]").attr("lang"));
        Element framing = doc.selectFirst("#p3");
        assertTrue(framing.hasClass("framing"));
        assertEquals("Site's framing", framing.selectFirst(".tag-framing").text());
        assertEquals("Negative", framing.selectFirst(".stance").text(), "stance is text, not colour alone");
        assertTrue(doc.selectFirst("#m1").hasClass("background"));
        assertEquals("Background", doc.selectFirst("#m1 .tag-background").text());
        assertEquals("Agreed", doc.selectFirst("#f0 .status").text());
        assertEquals("Date of the meeting", doc.selectFirst("#d0 .topic").text());
        assertEquals(2, doc.select("#d0 .claim").size());
    }

    @Test
    void aSingleStoryBriefSaysSoInsteadOfListingDisagreements() {
        Document doc = render(Samples.single(), new RenderOptions(Paper.A4, Locale.ENGLISH, true));
        assertTrue(doc.select("#disagreements").isEmpty());
        assertEquals("Single-source brief: nothing can be compared across sources.",
                doc.selectFirst("#single-source").text());
        Document multi = render(Samples.rich(), RenderOptions.defaults());
        assertNotNull(multi.selectFirst("#disagreements"));
        assertTrue(multi.select("#single-source").isEmpty());
    }

    @Test
    void emptySectionsSaySo() {
        factbrief.model.Facts rich = Samples.rich();
        factbrief.model.Facts empty = new factbrief.model.Facts("empty-1", "Nothing found", rich.asOf(),
                rich.sources(), java.util.List.of(), java.util.List.of(), java.util.List.of(), java.util.List.of());
        Document doc = render(empty, RenderOptions.defaults());
        assertEquals("No meetings reported.", doc.selectFirst("#meetings .empty").text());
        assertEquals("No stated positions found.", doc.selectFirst("#positions .empty").text());
        assertEquals("No follow-ups reported.", doc.selectFirst("#follow-ups .empty").text());
        assertTrue(doc.selectFirst("#disagreements .empty").text().startsWith("The sources do not contradict"));
    }

    @Test
    void aBrokenTemplatesFolderFailsWhenTheRendererIsCreated(@TempDir Path dir) throws IOException {
        RenderException missing = assertThrows(RenderException.class, () -> new BriefRenderer(dir.resolve("nope")));
        assertTrue(missing.getMessage().contains("nope"), missing.getMessage());
        Path src = Samples.templates();
        Files.createDirectories(dir.resolve("macros"));
        Files.createDirectories(dir.resolve("messages"));
        for (String f : new String[] {"brief.ftlh", "layout.ftlh", "macros/citations.ftlh", "macros/participant.ftlh",
                "macros/quote.ftlh", "macros/section.ftlh", "messages/messages_en.properties"}) {
            Files.copy(src.resolve(f), dir.resolve(f));
        }
        RenderException noCss = assertThrows(RenderException.class, () -> new BriefRenderer(dir));
        assertTrue(noCss.getMessage().contains(dir.toAbsolutePath().toString()), noCss.getMessage());
        assertTrue(noCss.getMessage().contains("brief.css"), noCss.getMessage());
        Files.copy(src.resolve("brief.css"), dir.resolve("brief.css"));
        Files.writeString(dir.resolve("messages/messages_fr.properties"), "section.meetings=Qui\n", UTF_8);
        assertEquals("Qui", Jsoup.parse(new BriefRenderer(dir).html(Samples.rich(),
                new RenderOptions(Paper.A4, Locale.FRENCH, false))).selectFirst("#meetings h2").text(),
                "a bundle may leave keys to English");
    }
}
