package factbrief.browser;

import factbrief.input.ClusterReader;
import factbrief.model.Cluster;
import factbrief.model.Facts;
import factbrief.model.PartialDate;
import factbrief.model.Story;
import factbrief.render.BriefRenderer;
import factbrief.render.RenderOptions;
import factbrief.render.RenderedBrief;
import factbrief.run.Pipeline;
import factbrief.text.LanguageLayer;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;

import javax.imageio.ImageIO;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Writes the README's pictures of the seed brief: {@code docs/seed-brief.png} (the PDF page, 96 dpi) and
 * {@code docs/seed-brief-phone.png} (the HTML 360 CSS pixels wide in headless Chromium, 2 device pixels each).
 * The as-of day is the newest story's date, so the pictures change only when the brief does.
 * Run by {@code scripts/readme-pictures.sh}; arguments: the repository root and the output folder.
 */
public final class ReadmePictures {
    private ReadmePictures() {
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args.length > 0 ? args[0] : "..").toAbsolutePath().normalize();
        Path docs = args.length > 1 ? Path.of(args[1]).toAbsolutePath() : root.resolve("docs");
        Cluster cluster = new ClusterReader().read(root.resolve("seeds/us-peru-defense-2025-05.cluster.json"));
        LocalDate asOf = cluster.stories().stream().map(Story::published).filter(Objects::nonNull)
                .map(PartialDate::latest).max(LocalDate::compareTo).orElse(LocalDate.of(2000, 1, 1));
        Facts facts = new Pipeline(LanguageLayer.shared()).facts(cluster, asOf);
        RenderedBrief brief = new BriefRenderer(root.resolve("templates")).render(facts, RenderOptions.defaults());
        Files.createDirectories(docs);

        Path page = docs.resolve("seed-brief.png");
        try (PDDocument pdf = Loader.loadPDF(brief.pdf())) {
            ImageIO.write(new PDFRenderer(pdf).renderImageWithDPI(0, 96), "png", page.toFile());
        }
        System.out.println("wrote " + page);

        Path exe = Chromium.find().orElseThrow(() -> new IllegalStateException(
                "no Chromium found (" + Chromium.NAMES + " on the PATH, or -Dfactbrief.chromium=PATH); "
                        + "on Debian: apt-get install -y chromium"));
        Path work = Files.createTempDirectory("factbrief-pictures");
        Path html = work.resolve(cluster.id() + ".html");
        Files.write(html, brief.html());
        Path phone = docs.resolve("seed-brief-phone.png");
        try (Chromium browser = Chromium.launch(exe, work.resolve("profile"), work.resolve("chromium.log"));
             Chromium.Tab tab = browser.open()) {
            tab.viewport(360, 800, 2);
            tab.load(html.toUri());
            Files.write(phone, tab.screenshot());
        } finally {
            try (Stream<Path> files = Files.walk(work)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        System.out.println("wrote " + phone);
    }
}
