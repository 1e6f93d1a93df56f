package factbrief.render;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import com.github.difflib.patch.Patch;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

import javax.imageio.ImageIO;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * Golden-file assertions: compare rendered output with a committed file and fail with a unified diff. Goldens are
 * rewritten only when the build runs with {@code -Dgolden.update=true} (e.g. {@code mvn test -Dgolden.update=true}).
 */
public final class Golden {
    /** The system property that switches golden assertions to rewriting the goldens. */
    public static final String UPDATE_PROPERTY = "golden.update";

    private Golden() {
    }

    /** Whether this run rewrites goldens instead of checking them. */
    public static boolean updating() {
        return Boolean.parseBoolean(System.getProperty(UPDATE_PROPERTY));
    }

    /** Where PNGs of failed PDF goldens go: {@code generator/target/golden-failures/<name>.png}. */
    public static Path failurePng(String name) {
        return Path.of("target", "golden-failures", name + ".png");
    }

    /** Asserts that {@code actual} equals the golden file's text (UTF-8), or rewrites it in update mode. */
    public static void assertMatches(Path golden, String actual) throws IOException {
        assertMatches(golden, actual, updating());
    }

    static void assertMatches(Path golden, String actual, boolean update) throws IOException {
        String diff = compare(golden, actual, update);
        if (diff != null) {
            fail(diff);
        }
    }

    /**
     * Asserts that the text PDFBox extracts from the PDF's pages equals the golden text; on a mismatch the first page
     * is written as a 100 dpi PNG to {@code pngOut} for a person to look at.
     */
    public static void assertPdfMatches(Path goldenText, byte[] pdf, Path pngOut) throws IOException {
        assertPdfMatches(goldenText, pdf, pngOut, updating());
    }

    static void assertPdfMatches(Path goldenText, byte[] pdf, Path pngOut, boolean update) throws IOException {
        String diff = compare(goldenText, pdfText(pdf), update);
        if (diff != null) {
            writePng(pdf, pngOut);
            fail(diff + "\npage image: " + pngOut.toAbsolutePath());
        }
    }

    /** The text of every page, in reading order by position, with Unix line ends and no trailing blanks. */
    public static String pdfText(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            stripper.setLineSeparator("\n");
            String text = stripper.getText(doc);
            StringBuilder out = new StringBuilder(text.length());
            for (String line : text.split("\n", -1)) {
                out.append(line.stripTrailing()).append('\n');
            }
            return out.toString().strip() + "\n";
        }
    }

    /** HTML re-serialised by jsoup with one element per line, so golden diffs show what changed. */
    public static String normalizeHtml(String html) {
        Document doc = Jsoup.parse(html);
        doc.outputSettings().prettyPrint(true).indentAmount(1).outline(true).charset(StandardCharsets.UTF_8);
        return doc.outerHtml() + "\n";
    }

    /** Writes the first page of {@code pdf} as a 100 dpi PNG. */
    public static void writePng(byte[] pdf, Path png) throws IOException {
        Files.createDirectories(png.toAbsolutePath().getParent());
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            ImageIO.write(new PDFRenderer(doc).renderImageWithDPI(0, 100), "png", png.toFile());
        }
    }

    /** Null when equal (or rewritten); else the failure message with a unified diff. */
    private static String compare(Path golden, String actual, boolean update) throws IOException {
        boolean exists = Files.exists(golden);
        String expected = exists ? Files.readString(golden, StandardCharsets.UTF_8) : null;
        if (actual.equals(expected)) {
            return null;
        }
        if (update) {
            Files.createDirectories(golden.toAbsolutePath().getParent());
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
            return null;
        }
        if (!exists) {
            return "golden file " + golden + " does not exist; run with -D" + UPDATE_PROPERTY
                    + "=true to create it";
        }
        List<String> before = expected.lines().toList();
        List<String> after = actual.lines().toList();
        Patch<String> patch = DiffUtils.diff(before, after);
        List<String> diff = UnifiedDiffUtils.generateUnifiedDiff(golden.toString(), "actual", before, patch, 3);
        if (diff.isEmpty()) {
            diff = List.of("(the texts differ only in line endings or a final newline)");
        }
        return "output differs from golden " + golden + " (rewrite with -D" + UPDATE_PROPERTY + "=true):\n"
                + String.join("\n", diff);
    }
}
