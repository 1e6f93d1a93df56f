package factbrief.render;

import com.openhtmltopdf.extend.FSCacheEx;
import com.openhtmltopdf.extend.FSCacheValue;
import com.openhtmltopdf.extend.FSStream;
import com.openhtmltopdf.extend.FSStreamFactory;
import com.openhtmltopdf.extend.impl.FSDefaultCacheStore;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.PageSizeUnits;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.render.Box;
import com.openhtmltopdf.render.PageBox;
import com.openhtmltopdf.util.XRLog;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.w3c.dom.Document;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;

/**
 * HTML to PDF with openhtmltopdf: tagged PDF/A-3u and PDF/UA-1 (see {@link PdfStandards}), embedded DejaVu fonts
 * only, no resource loading of any kind, reproducible metadata. Thread-safe: each layout gets its own renderer;
 * fonts are read from the classpath once.
 */
final class PdfMaker {
    /** The families the stylesheet may name; nothing else is available to the PDF. */
    static final String SANS = "DejaVu Sans";
    static final String SANS_CONDENSED = "DejaVu Sans Condensed";
    private static final String FONT_DIR = "/net/sf/jasperreports/fonts/dejavu/";
    private static final String BASE_URI = "about:factbrief";
    private static final String PRODUCER = "factbrief";
    /** Shown for a character no embedded font has (emoji, rare scripts): a white square, not a misleading '#'. */
    private static final String MISSING_GLYPH = "\u25A1";

    static {
        // openhtmltopdf logs through java.util.logging at INFO by default; briefs report their own failures.
        XRLog.setLoggingEnabled(false);
    }

    private record Face(String family, int weight, FontStyle style, byte[] ttf) {
    }

    private final List<Face> faces;
    private final FSCacheEx<String, FSCacheValue> metrics = new FSDefaultCacheStore();

    PdfMaker() {
        faces = List.of(
                face(SANS, 400, FontStyle.NORMAL, "DejaVuSans.ttf"),
                face(SANS, 700, FontStyle.NORMAL, "DejaVuSans-Bold.ttf"),
                face(SANS, 400, FontStyle.ITALIC, "DejaVuSans-Oblique.ttf"),
                face(SANS, 700, FontStyle.ITALIC, "DejaVuSans-BoldOblique.ttf"),
                face(SANS_CONDENSED, 400, FontStyle.NORMAL, "DejaVuSansCondensed.ttf"),
                face(SANS_CONDENSED, 700, FontStyle.NORMAL, "DejaVuSansCondensed-Bold.ttf"),
                face(SANS_CONDENSED, 400, FontStyle.ITALIC, "DejaVuSansCondensed-Oblique.ttf"),
                face(SANS_CONDENSED, 700, FontStyle.ITALIC, "DejaVuSansCondensed-BoldOblique.ttf"));
    }

    private static Face face(String family, int weight, FontStyle style, String file) {
        try (InputStream in = PdfMaker.class.getResourceAsStream(FONT_DIR + file)) {
            if (in == null) {
                throw new RenderException("font " + FONT_DIR + file + " is not on the classpath "
                        + "(the jasperreports-fonts artifact provides it)");
            }
            return new Face(family, weight, style, in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read font " + file, e);
        }
    }

    /** The vertical extent of a laid-out element, in layout units from the top of the first page. */
    record Extent(int top, int height) {
        int bottom() {
            return top + height;
        }
    }

    /** A laid-out document: its page count, and the renderer that can still write it. Close when done. */
    static final class Layout implements Closeable {
        private final PdfBoxRenderer renderer;
        private final int pages;
        private final String html;

        private Layout(PdfBoxRenderer renderer, int pages, String html) {
            this.renderer = renderer;
            this.pages = pages;
            this.html = html;
        }

        int pages() {
            return pages;
        }

        /** The height of one page's content area, in layout units. */
        int pageHeight() {
            PageBox first = renderer.getRootBox().getLayer().getPages().get(0);
            return first.getBottom() - first.getTop();
        }

        /** Layout units per PDF point. */
        float unitsPerPoint() {
            return renderer.getDotsPerPoint();
        }

        /** Where the element with {@code id} lies on the continuous paged layout, or null when there is none. */
        Extent extent(String id) {
            Box box = renderer.getSharedContext().getIdMap().get(id);
            return box == null ? null : new Extent(box.getAbsY(), box.getHeight());
        }

        PdfBoxRenderer renderer() {
            return renderer;
        }

        @Override
        public void close() {
            try {
                renderer.getPdfDocument().close();
            } catch (IOException e) {
                // an in-memory document; nothing to release beyond what close already did
            } finally {
                renderer.close();
            }
        }
    }

    /** Lays {@code html} out on {@code paper} without writing a PDF, to count its pages. */
    Layout layout(String html, Paper paper) {
        Document dom = new W3CDom().fromJsoup(Jsoup.parse(html, BASE_URI));
        PdfRendererBuilder builder = new PdfRendererBuilder(); // the fast renderer is the only one since 1.0.11
        builder.withW3cDocument(dom, BASE_URI);
        builder.useDefaultPageSize(paper.widthMm(), paper.heightMm(), PageSizeUnits.MM);
        lockDown(builder);
        builder.useCacheStore(PdfRendererBuilder.CacheStore.PDF_FONT_METRICS, metrics);
        builder.withProducer(PRODUCER);
        builder.useReplacementText(MISSING_GLYPH);
        PdfStandards.configure(builder);
        PdfBoxRenderer renderer = builder.buildPdfRenderer();
        for (Face f : faces) {
            // Parsed once per thread (SharedFonts). DejaVu Sans is also the last resort for a family the stylesheet
            // names but nobody supplies: PDF/A forbids the non-embedded built-in fonts, and such text would vanish
            SharedFonts.add(renderer, f.ttf(), f.family(), f.weight(), f.style(), f.family().equals(SANS));
        }
        try {
            renderer.layout();
            return new Layout(renderer, renderer.getRootBox().getLayer().getPages().size(), html);
        } catch (RuntimeException e) {
            new Layout(renderer, 0, html).close();
            throw e;
        }
    }

    /** Refuses every URI: no stylesheet, image, font or frame is ever fetched, from any scheme. */
    private static void lockDown(PdfRendererBuilder builder) {
        FSStreamFactory refuse = uri -> new FSStream() {
            @Override
            public InputStream getStream() {
                return null;
            }

            @Override
            public Reader getReader() {
                return null;
            }
        };
        builder.useUriResolver((base, uri) -> null);
        builder.useExternalResourceAccessControl((uri, type) -> false,
                ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
        builder.useExternalResourceAccessControl((uri, type) -> false,
                ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
        builder.useHttpStreamImplementation(refuse);
        builder.useProtocolsStreamImplementation(refuse, "http", "https", "file", "jar", "ftp", "classpath", "data",
                "mailto", "about");
    }

    /** What the PDF's metadata says; dates are the as-of day at UTC midnight. */
    record Meta(String title, String lang, LocalDate asOf) {
    }

    /**
     * Writes the laid-out document with reproducible metadata: info and XMP dates from the as-of day, title,
     * language, and a document /ID derived from the HTML it was made from. Pages beyond the first are removed
     * (the caller fits the content first; this is the last guard of the one-page rule).
     */
    byte[] write(Layout layout, Meta meta) {
        // Closing another layout on this thread unregisters openhtmltopdf's thread context: register ours again.
        layout.renderer().getSharedContext().registerWithThread();
        try (PDDocument doc = layout.renderer().createPDFKeepOpen()) {
            while (doc.getNumberOfPages() > 1) {
                doc.removePage(doc.getNumberOfPages() - 1);
            }
            Calendar day = new GregorianCalendar(TimeZone.getTimeZone("UTC"), Locale.ROOT);
            day.clear();
            day.set(meta.asOf().getYear(), meta.asOf().getMonthValue() - 1, meta.asOf().getDayOfMonth(), 0, 0, 0);

            PDDocumentInformation info = new PDDocumentInformation();
            info.setTitle(meta.title());
            info.setCreator(PRODUCER);
            info.setProducer(PRODUCER);
            info.setCreationDate(day);
            info.setModificationDate(day);
            doc.setDocumentInformation(info);

            PDDocumentCatalog catalog = doc.getDocumentCatalog();
            catalog.setLanguage(meta.lang());
            PDViewerPreferences prefs = new PDViewerPreferences(new org.apache.pdfbox.cos.COSDictionary());
            prefs.setDisplayDocTitle(true);
            catalog.setViewerPreferences(prefs);
            PDMetadata xmp = new PDMetadata(doc);
            xmp.importXMPMetadata(PdfStandards.xmp(meta.title(), meta.lang(), day, PRODUCER));
            catalog.setMetadata(xmp);
            PdfStandards.describeLinks(doc);

            COSString id = new COSString(documentId(layout.html, meta));
            COSArray ids = new COSArray();
            ids.add(id);
            ids.add(id);
            doc.getDocument().getTrailer().setItem(COSName.ID, ids);

            ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write PDF", e);
        } finally {
            layout.close();
        }
    }

    /** 16 bytes of SHA-256 over what the PDF is made from: same content, same /ID. */
    private static byte[] documentId(String html, Meta meta) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(html.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update((meta.title() + '\0' + meta.lang() + '\0' + meta.asOf()).getBytes(StandardCharsets.UTF_8));
            return Arrays.copyOf(sha.digest(), 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }
}
