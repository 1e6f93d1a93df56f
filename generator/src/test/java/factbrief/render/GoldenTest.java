package factbrief.render;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.AssertionFailedError;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The golden-file helper itself: unified diffs on mismatch, rewriting only in update mode, PNGs of failed PDFs. */
class GoldenTest {

    @Test
    void aMismatchFailsWithAUnifiedDiffAndLeavesTheGoldenAlone(@TempDir Path dir) throws IOException {
        Path golden = dir.resolve("a.txt");
        Files.writeString(golden, "one\ntwo\nthree\n");
        assertDoesNotThrow(() -> Golden.assertMatches(golden, "one\ntwo\nthree\n", false));
        AssertionFailedError e = assertThrows(AssertionFailedError.class,
                () -> Golden.assertMatches(golden, "one\nTWO\nthree\n", false));
        assertTrue(e.getMessage().contains("@@ -1,3 +1,3 @@"), e.getMessage());
        assertTrue(e.getMessage().contains("\n-two\n+TWO"), e.getMessage());
        assertTrue(e.getMessage().contains("golden.update=true"), e.getMessage());
        assertEquals("one\ntwo\nthree\n", Files.readString(golden));
    }

    @Test
    void updateModeRewritesOrCreatesTheGolden(@TempDir Path dir) throws IOException {
        Path golden = dir.resolve("new").resolve("b.txt");
        assertThrows(AssertionFailedError.class, () -> Golden.assertMatches(golden, "x\n", false));
        assertFalse(Files.exists(golden));
        Golden.assertMatches(golden, "x\n", true);
        assertEquals("x\n", Files.readString(golden));
        Golden.assertMatches(golden, "y\n", true);
        assertEquals("y\n", Files.readString(golden));
    }

    @Test
    void aPdfMismatchWritesThePageAsPng(@TempDir Path dir) throws IOException {
        byte[] pdf = Renderers.shared().render(Samples.single(), RenderOptions.defaults()).pdf();
        Path golden = dir.resolve("single.pdf.txt");
        Path png = dir.resolve("failures").resolve("single.png");
        Golden.assertPdfMatches(golden, pdf, png, true);
        assertTrue(Files.readString(golden).contains("Port Velmora talks (one story)"));
        Golden.assertPdfMatches(golden, pdf, png, false);
        assertFalse(Files.exists(png), "no image when the text matches");
        Files.writeString(golden, "something else\n");
        AssertionFailedError e = assertThrows(AssertionFailedError.class,
                () -> Golden.assertPdfMatches(golden, pdf, png, false));
        assertTrue(e.getMessage().contains("+Port Velmora talks (one story)"), e.getMessage());
        byte[] head = Files.readAllBytes(png);
        assertTrue(head.length > 1000 && head[1] == 'P' && head[2] == 'N' && head[3] == 'G', "a PNG file");
    }

    @Test
    void htmlNormaliserPutsOneElementPerLine() {
        String normal = Golden.normalizeHtml("<!DOCTYPE html><html lang=\"en\"><head><title>T</title></head>"
                + "<body><p>a <b>b</b></p><ul><li>x</li></ul></body></html>");
        assertTrue(normal.contains("\n <body>\n"), normal);
        assertTrue(normal.lines().anyMatch(l -> l.strip().equals("<li>x</li>")), normal);
        assertEquals(normal, Golden.normalizeHtml(normal), "normalising twice changes nothing");
    }
}
