package factbrief.render;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;

import javax.imageio.ImageIO;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** Writes sample briefs and PNGs of their PDF pages to target/preview, for a person to look at. */
public final class PreviewMain {
    public static void main(String[] args) throws Exception {
        Path out = Path.of("target/preview");
        Files.createDirectories(out);
        BriefRenderer r = new BriefRenderer(Samples.templates());
        for (int round = 0; round < 3; round++) {
            write(r, out, "rich", Samples.rich(), RenderOptions.defaults(), round);
            write(r, out, "crowded", Samples.crowded(60), RenderOptions.defaults(), round);
            write(r, out, "single-de", Samples.single(), new RenderOptions(Paper.LETTER, Locale.GERMAN, true), round);
        }
    }

    static void write(BriefRenderer r, Path out, String name, factbrief.model.Facts f, RenderOptions o, int round)
            throws Exception {
        long t0 = System.nanoTime();
        RenderedBrief b = r.render(f, o);
        long ms = (System.nanoTime() - t0) / 1_000_000;
        System.out.println(name + ": " + ms + " ms, omitted " + b.omittedFromPdf());
        if (round > 0) {
            return;
        }
        Files.write(out.resolve(name + ".html"), b.html());
        Files.write(out.resolve(name + ".pdf"), b.pdf());
        Files.write(out.resolve(name + ".json"), b.json());
        try (PDDocument doc = Loader.loadPDF(b.pdf())) {
            System.out.println("  pages " + doc.getNumberOfPages());
            ImageIO.write(new PDFRenderer(doc).renderImageWithDPI(0, 110), "png", out.resolve(name + ".png").toFile());
        }
    }
}
