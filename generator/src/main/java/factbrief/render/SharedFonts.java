package factbrief.render;

import com.openhtmltopdf.css.constants.IdentValue;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfBoxFontResolver;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * Font loading for the PDF renderer: each font file is parsed once per thread and the parsed font is embedded (as a
 * subset, exactly as before) into every document that uses it, instead of being parsed again for every layout of
 * every brief (a brief needs one to four layouts; parsing the fonts was about a fifth of its PDF time). Fonts are
 * still only loaded into a document when its layout first uses them. A parsed font is read by one thread only.
 */
final class SharedFonts {
    /** Parsed fonts of this thread, keyed by the identity of the font file's bytes (gone with those bytes). */
    private static final ThreadLocal<Map<byte[], TrueTypeFont>> PARSED = ThreadLocal.withInitial(WeakHashMap::new);

    private SharedFonts() {
    }

    /**
     * Makes a TrueType font file available to the renderer's document as {@code family}, embedded as a subset when
     * the layout uses it; a {@code finalFallback} font also stands in for families nobody supplies. Call right
     * after {@code buildPdfRenderer()}, where the builder adds the fonts given to its {@code useFont}: this is the
     * same as {@code useFont(supplier, family, weight, style, true, DOCUMENT[, FALLBACK_FINAL])}.
     */
    static void add(PdfBoxRenderer renderer, byte[] ttf, String family, int weight, FontStyle style,
                    boolean finalFallback) {
        PDDocument document = renderer.getPdfDocument();
        PDFontSupplier supplier = new PDFontSupplier(null) {
            @Override
            public PDFont supply() {
                try {
                    return PDType0Font.load(document, parsed(ttf), true);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot load font " + family, e);
                }
            }
        };
        IdentValue css = switch (style) {
            case NORMAL -> IdentValue.NORMAL;
            case ITALIC -> IdentValue.ITALIC;
            case OBLIQUE -> IdentValue.OBLIQUE;
        };
        renderer.getFontResolver().addFont(supplier, family, weight, css, true,
                finalFallback ? PdfBoxFontResolver.FontGroup.FINAL_FALLBACK : PdfBoxFontResolver.FontGroup.MAIN);
    }

    private static TrueTypeFont parsed(byte[] ttf) throws IOException {
        Map<byte[], TrueTypeFont> fonts = PARSED.get();
        TrueTypeFont font = fonts.get(ttf);
        if (font == null) {
            // a copy, so that the parsed font does not keep its own key alive
            font = new TTFParser().parse(new RandomAccessReadBuffer(ttf.clone()));
            fonts.put(ttf, font);
        }
        return font;
    }
}
