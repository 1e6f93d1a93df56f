package factbrief.render;

import factbrief.model.Facts;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The PDF brief: one page always, fonts embedded, text extractable, metadata reproducible. */
class PdfTest {
    private static final BriefRenderer RENDERER = Renderers.shared();

    @Test
    void richBriefIsOnePageWithEveryFontEmbedded() throws IOException {
        RenderedBrief brief = RENDERER.render(Samples.rich(), RenderOptions.defaults());
        try (PDDocument doc = Loader.loadPDF(brief.pdf())) {
            assertEquals(1, doc.getNumberOfPages());
            List<PDFont> fonts = fonts(doc.getPage(0).getResources());
            assertFalse(fonts.isEmpty(), "the page uses no fonts at all");
            for (PDFont font : fonts) {
                assertTrue(font.isEmbedded(), "font not embedded: " + font.getName());
                assertTrue(font.getName().contains("DejaVu"), "unexpected font " + font.getName());
            }
        }
        assertEquals(0, brief.omittedFromPdf());
    }

    @Test
    void charactersNoEmbeddedFontHasStillUseNoOtherFont() throws IOException {
        Facts rich = Samples.rich();
        String odd = "soft\u00ADhyphen zero\u200Bwidth a\u200Db € • “” – — ‰ ™ ﬁ 中文 עברית العربية ✓ 🌊 \uFFFD";
        Facts facts = new Facts(rich.clusterId(), odd, rich.asOf(), rich.sources(), rich.meetings(),
                rich.positions(), rich.followUps(), rich.disagreements());
        try (PDDocument doc = Loader.loadPDF(RENDERER.render(facts, RenderOptions.defaults()).pdf())) {
            for (PDFont font : fonts(doc.getPage(0).getResources())) {
                assertTrue(font.isEmbedded(), "font not embedded: " + font.getName());
            }
        }
    }

    @Test
    void textIsExtractableIncludingAccentsCyrillicAndGreek() throws IOException {
        String text = flat(Golden.pdfText(RENDERER.render(Samples.rich(), RenderOptions.defaults()).pdf()));
        assertTrue(text.contains("Zoë Ångström-Núñez"), text);
        assertTrue(text.contains("Maël Østergaard"), text);
        assertTrue(text.contains("Мы не позволим, чтобы порт Лисса-Бей стал чужой военной базой, и будем настаивать "
                + "на прозрачности каждого контракта, подписанного без участия парламента"), text);
        assertTrue(text.contains("Η συνεργασία μας είναι ανοιχτή σε όλους"), text);
        assertFalse(text.contains("more in the HTML/JSON"), "nothing should be cut from the rich brief");
    }

    @Test
    void sixtyFollowUpsStillGiveOnePageAndSayHowManyAreLeftOut() throws IOException {
        Facts crowded = Samples.crowded(60);
        RenderedBrief brief = RENDERER.render(crowded, RenderOptions.defaults());
        try (PDDocument doc = Loader.loadPDF(brief.pdf())) {
            assertEquals(1, doc.getNumberOfPages());
        }
        String text = flat(Golden.pdfText(brief.pdf()));
        assertTrue(brief.omittedFromPdf() > 0);
        assertTrue(text.contains("This page shows a selection: " + brief.omittedFromPdf()
                + " more items in the HTML/JSON."), text);
        Matcher more = Pattern.compile("\\+ (\\d+) more in the HTML/JSON").matcher(text);
        int sum = 0;
        while (more.find()) {
            sum += Integer.parseInt(more.group(1));
        }
        assertEquals(brief.omittedFromPdf(), sum, "the section lines add up to the total");
        int shown = count(text, "harbour work package no. ");
        assertTrue(shown > 0 && shown < 60, "follow-ups shown in the PDF: " + shown);
        String html = new String(brief.html(), java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(60, count(html, "class=\"item follow-up\""), "the HTML keeps every follow-up");
        assertFalse(html.contains("more in the HTML/JSON"));
    }

    @Test
    void theFitKeepsAsMuchAsFits() throws IOException {
        // one item fewer cut than the renderer chose must overflow: the cut is the shortest that fits
        RenderedBrief brief = RENDERER.render(Samples.crowded(40), RenderOptions.defaults());
        assertTrue(brief.omittedFromPdf() > 0);
        var full = factbrief.view.BriefViews.of(Samples.crowded(40), RENDERER.messages().labels(Locale.ENGLISH),
                "A4", false);
        var plan = factbrief.view.Cuts.plan(full);
        int cuts = 0;
        int dropped = 0;
        while (dropped < brief.omittedFromPdf()) {
            if (plan.get(cuts++).kind() == factbrief.view.Cut.Kind.DROP) {
                dropped++;
            }
        }
        var shorter = factbrief.view.Cuts.apply(full, plan.subList(0, cuts - 1),
                RENDERER.messages().labels(Locale.ENGLISH));
        PdfMaker maker = new PdfMaker();
        String html = new HtmlTemplates(Samples.templates()).render(shorter, Locale.ENGLISH);
        try (PdfMaker.Layout layout = maker.layout(html, Paper.A4)) {
            assertTrue(layout.pages() > 1, "one cut fewer still fits, so the renderer cut too much");
        }
    }

    @Test
    void contentThatCannotBeCutIsTruncatedToOnePage() throws IOException {
        Facts rich = Samples.rich();
        Facts huge = new Facts(rich.clusterId(), "Velmora ".repeat(900), rich.asOf(), rich.sources(),
                rich.meetings(), rich.positions(), rich.followUps(), rich.disagreements());
        try (PDDocument doc = Loader.loadPDF(RENDERER.render(huge, RenderOptions.defaults()).pdf())) {
            assertEquals(1, doc.getNumberOfPages());
        }
    }

    @Test
    void citationsAreInternalLinksAndSourcesLinkToTheirUrls() throws IOException {
        try (PDDocument doc = Loader.loadPDF(RENDERER.render(Samples.rich(), RenderOptions.defaults()).pdf())) {
            int internal = 0;
            List<String> uris = new ArrayList<>();
            for (PDAnnotation a : doc.getPage(0).getAnnotations()) {
                if (a instanceof PDAnnotationLink link) {
                    if (link.getAction() instanceof PDActionGoTo) {
                        internal++;
                    } else if (link.getAction() instanceof PDActionURI uri) {
                        uris.add(uri.getURI());
                    }
                }
            }
            assertTrue(internal >= 12, "citation links: " + internal);
            assertEquals(List.of("https://gazette.example/velmora/talks", "https://review.example/op/lissa",
                    "https://vestnik.example/2031/03/13"), uris.stream().sorted().toList());
        }
    }

    @Test
    void letterPaperIsSelectable() throws IOException {
        RenderedBrief a4 = RENDERER.render(Samples.rich(), RenderOptions.defaults());
        RenderedBrief letter = RENDERER.render(Samples.rich(), new RenderOptions(Paper.LETTER, Locale.ENGLISH, false));
        try (PDDocument doc = Loader.loadPDF(a4.pdf())) {
            assertEquals(595, Math.round(doc.getPage(0).getMediaBox().getWidth()));
            assertEquals(842, Math.round(doc.getPage(0).getMediaBox().getHeight()));
        }
        try (PDDocument doc = Loader.loadPDF(letter.pdf())) {
            assertEquals(612, Math.round(doc.getPage(0).getMediaBox().getWidth()));
            assertEquals(792, Math.round(doc.getPage(0).getMediaBox().getHeight()));
        }
    }

    @Test
    void metadataComesFromTheFacts() throws IOException {
        Facts rich = Samples.rich();
        RenderedBrief brief = RENDERER.render(rich, new RenderOptions(Paper.A4, Locale.FRENCH, false));
        try (PDDocument doc = Loader.loadPDF(brief.pdf())) {
            var info = doc.getDocumentInformation();
            assertEquals(rich.clusterTitle(), info.getTitle());
            assertEquals("fr", doc.getDocumentCatalog().getLanguage());
            Calendar created = info.getCreationDate();
            created.setTimeZone(TimeZone.getTimeZone("UTC"));
            assertEquals(2031, created.get(Calendar.YEAR));
            assertEquals(Calendar.MARCH, created.get(Calendar.MONTH));
            assertEquals(17, created.get(Calendar.DAY_OF_MONTH));
            assertEquals(0, created.get(Calendar.HOUR_OF_DAY));
            assertEquals(created.getTimeInMillis(), info.getModificationDate().getTimeInMillis());
            String xmp = new String(doc.getDocumentCatalog().getMetadata().toByteArray(),
                    java.nio.charset.StandardCharsets.UTF_8);
            assertTrue(xmp.contains("2031-03-17T00:00:00+00:00"), xmp);
            assertTrue(xmp.contains(rich.clusterTitle()), xmp);
            assertEquals(2, ((COSArray) doc.getDocument().getTrailer().getDictionaryObject(COSName.ID)).size());
        }
    }

    @Test
    void documentIdFollowsTheContent() throws IOException {
        assertEquals(id(RENDERER.render(Samples.rich(), RenderOptions.defaults()).pdf()),
                id(RENDERER.render(Samples.rich(), RenderOptions.defaults()).pdf()));
        assertNotEquals(id(RENDERER.render(Samples.rich(), RenderOptions.defaults()).pdf()),
                id(RENDERER.render(Samples.single(), RenderOptions.defaults()).pdf()));
    }

    private static String id(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return doc.getDocument().getTrailer().getDictionaryObject(COSName.ID).toString();
        }
    }

    /** Every font of the resources and of the form XObjects inside them. */
    private static List<PDFont> fonts(PDResources resources) throws IOException {
        List<PDFont> out = new ArrayList<>();
        if (resources == null) {
            return out;
        }
        for (COSName name : resources.getFontNames()) {
            out.add(resources.getFont(name));
        }
        for (COSName name : resources.getXObjectNames()) {
            PDXObject x = resources.getXObject(name);
            if (x instanceof PDFormXObject form) {
                out.addAll(fonts(form.getResources()));
            }
        }
        return out;
    }

    /** The text with every run of white space as one space, so wrapped lines read as one. */
    static String flat(String text) {
        return text.replaceAll("\\s+", " ");
    }

    static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + part.length())) {
            n++;
        }
        return n;
    }
}
