package factbrief.render;

import org.junit.jupiter.api.Test;
import org.verapdf.pdfa.flavours.PDFAFlavour;

import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A brief cut to fit its page ("N more" lines, shortened quotes) on letter paper is still PDF/A-3u and PDF/UA-1. */
class CutBriefComplianceTest {
    @Test
    void aCutBriefStaysCompliant() {
        RenderedBrief brief = Renderers.shared().render(Samples.crowded(60),
                new RenderOptions(Paper.LETTER, Locale.GERMAN, false));
        assertTrue(brief.omittedFromPdf() > 0, "the sample must be cut to fit");
        assertAll(
                () -> assertEquals(List.of(), VeraPdf.failures(brief.pdf(), PDFAFlavour.PDFA_3_U), "PDF/A-3u"),
                () -> assertEquals(List.of(), VeraPdf.failures(brief.pdf(), PDFAFlavour.PDFUA_1), "PDF/UA-1"));
    }
}
