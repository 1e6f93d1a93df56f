package factbrief.render;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
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

    private final PdfRendererBuilder builder;
    private final PDDocument document;

    private SharedFonts(PdfRendererBuilder builder) {
        this.builder = builder;
        this.document = new PDDocument();       // what the builder would create itself
        builder.usePDDocument(document);
    }

    /** Gives {@code builder} a new document to render into, and a way to add fonts to it. */
    static SharedFonts bind(PdfRendererBuilder builder) {
        return new SharedFonts(builder);
    }

    /** Makes a TrueType font file available to the document as {@code family}, embedded as a subset when used. */
    void useFont(byte[] ttf, String family, int weight, FontStyle style) {
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
        builder.useFont(supplier, family, weight, style, true);
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
