package factbrief.render;

import factbrief.render.PdfTags.Tag;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The PDF's structure tree (what a screen reader reads): languages, reading order, headings, described links. veraPDF
 * checks the rules of PDF/UA; these tests check that the tags say what the HTML says.
 */
class TaggedPdfTest {
    private static final BriefRenderer RENDERER = Renderers.shared();
    private static final RenderOptions GERMAN = new RenderOptions(Paper.A4, Locale.GERMAN, false);

    @Test
    void everyLanguageMarkedInTheHtmlIsMarkedInThePdfStructure() {
        RenderedBrief brief = RENDERER.render(Samples.rich(), GERMAN);
        Document html = Jsoup.parse(new String(brief.html(), StandardCharsets.UTF_8));
        List<Tag> tags = PdfTags.read(brief.pdf());
        assertEquals("Document", tags.get(0).type());
        assertEquals("de", tags.get(0).lang(), "the document's language is the labels' language");
        List<Element> marked = html.select("body [lang]");
        assertTrue(marked.stream().map(e -> e.attr("lang")).collect(Collectors.toSet())
                .containsAll(List.of("en", "ru", "el")), "the sample quotes English, Russian and Greek");
        for (Element e : marked) {
            String inLang = tags.stream().filter(t -> e.attr("lang").equals(t.lang()))
                    .map(t -> letters(t.text())).collect(Collectors.joining());
            assertTrue(inLang.contains(letters(e.text())),
                    "'" + e.text() + "' is not under a tag with Lang " + e.attr("lang"));
        }
    }

    @Test
    void headingsComeInTheOrderOfTheHtml() {
        RenderedBrief brief = RENDERER.render(Samples.rich(), GERMAN);
        Document html = Jsoup.parse(new String(brief.html(), StandardCharsets.UTF_8));
        List<String> expected = html.select("h1, h2").stream().map(e -> letters(e.text()).toLowerCase(Locale.ROOT))
                .toList();
        List<String> actual = PdfTags.read(brief.pdf()).stream()
                .filter(t -> t.type().equals("H1") || t.type().equals("H2"))
                .map(t -> letters(t.text()).toLowerCase(Locale.ROOT)).toList();
        assertEquals(expected, actual);
        assertEquals(6, actual.size(), "title and five sections");
    }

    @Test
    void everyLinkIsTaggedAndDescribed() throws IOException {
        RenderedBrief brief = RENDERER.render(Samples.rich(), GERMAN);
        Document html = Jsoup.parse(new String(brief.html(), StandardCharsets.UTF_8));
        List<Tag> links = PdfTags.read(brief.pdf()).stream().filter(t -> t.type().equals("Link")).toList();
        assertEquals(html.select("a[href]").size(), links.size(), "one Link tag per link of the HTML");
        for (Tag link : links) {
            assertEquals(1, link.annotations(), "a Link tag owns its annotation: " + link);
            assertNotNull(link.alt(), "a Link tag has an alternate description: " + link);
            assertFalse(link.alt().isBlank(), link.toString());
        }
        assertTrue(links.stream().anyMatch(l -> l.alt().equals("Quelle 2")), "citations are described by the label");
        assertTrue(links.stream().anyMatch(l -> l.alt().equals("Quelle 1: der Artikel bei Velmora Gazette")),
                "a source's web link says where it goes");
        try (PDDocument doc = Loader.loadPDF(brief.pdf())) {
            List<PDAnnotation> annotations = doc.getPage(0).getAnnotations();
            assertEquals(links.size(), annotations.size());
            for (PDAnnotation a : annotations) {
                assertTrue(a instanceof PDAnnotationLink, "only links: " + a.getSubtype());
                assertNotNull(a.getContents(), "link annotation without Contents at " + a.getRectangle());
                assertTrue(a.getStructParent() >= 0, "link annotation outside the structure tree");
            }
        }
    }

    @Test
    void titleLanguageAndConformanceAreDeclared() throws IOException {
        RenderedBrief brief = RENDERER.render(Samples.rich(), GERMAN);
        try (PDDocument doc = Loader.loadPDF(brief.pdf())) {
            assertEquals(Samples.rich().clusterTitle(), doc.getDocumentInformation().getTitle());
            assertEquals("de", doc.getDocumentCatalog().getLanguage());
            assertTrue(doc.getDocumentCatalog().getViewerPreferences().displayDocTitle());
            assertTrue(doc.getDocumentCatalog().getMarkInfo().isMarked());
            assertEquals(1, doc.getDocumentCatalog().getOutputIntents().size(), "the sRGB output intent");
            String xmp = new String(doc.getDocumentCatalog().getMetadata().toByteArray(), StandardCharsets.UTF_8);
            assertTrue(xmp.contains("pdfaid:part>3<") || xmp.contains("pdfaid:part=\"3\""), xmp);
            assertTrue(xmp.contains("pdfuaid:part>1<") || xmp.contains("pdfuaid:part=\"1\""), xmp);
        }
    }

    /** Letters and digits only: line breaks, hyphenation spaces and replaced glyphs differ between HTML and PDF. */
    private static String letters(String s) {
        return s.codePoints().filter(Character::isLetterOrDigit)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    }
}
