package factbrief.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import factbrief.annotate.Annotator;
import factbrief.annotate.Gazetteer;
import factbrief.annotate.RawReader;
import factbrief.input.ClusterReader;
import factbrief.model.Cluster;
import factbrief.model.Story;
import factbrief.render.BriefRenderer;
import factbrief.render.Paper;
import factbrief.render.RenderOptions;
import factbrief.run.BriefJob;
import factbrief.text.LanguageLayer;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import javax.imageio.ImageIO;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Golden files for the rendered output of the seed cluster and two clusters written for the tests (one with an
 * emoji and accented names, one single-story): the JSON, the HTML, and the text PDFBox extracts from the PDF. The
 * PDF must be one page with every font embedded, and every evidence span must equal its story slice.
 */
class BriefGoldenTest {
    private static final LocalDate AS_OF = LocalDate.of(2031, 3, 20);

    @TempDir
    Path out;

    @ParameterizedTest
    @ValueSource(strings = {"seed", "lakeside", "solo"})
    void renderedOutputMatchesGoldens(String name) throws IOException {
        Cluster cluster = cluster(name);
        boolean single = cluster.stories().size() == 1;
        BriefJob job = new BriefJob(LanguageLayer.shared(), new BriefRenderer(Repo.root().resolve("templates")));
        job.write(cluster, AS_OF, new RenderOptions(Paper.A4, Locale.ENGLISH, single), out);
        Path golden = Repo.root().resolve("generator/src/test/resources/golden");
        byte[] pdfBytes = Files.readAllBytes(out.resolve(cluster.id() + ".pdf"));
        String pdfText;
        try (PDDocument pdf = Loader.loadPDF(pdfBytes)) {
            assertEquals(1, pdf.getNumberOfPages(), "the PDF brief must be exactly one page");
            PDPage page = pdf.getPage(0);
            for (COSName f : page.getResources().getFontNames()) {
                PDFont font = page.getResources().getFont(f);
                assertTrue(font.isEmbedded(), "font not embedded: " + font.getName());
            }
            pdfText = new PDFTextStripper().getText(pdf);
            assertTrue(pdfText.contains(cluster.title().substring(0, 10)), "PDF text is extractable");
            if (!Repo.updateGoldens() && Files.exists(golden.resolve(name + ".pdf.txt"))
                    && !Files.readString(golden.resolve(name + ".pdf.txt")).equals(pdfText)) {
                Path png = Repo.root().resolve("generator/target/golden-failures/" + name + ".png");
                Files.createDirectories(png.getParent());
                ImageIO.write(new PDFRenderer(pdf).renderImageWithDPI(0, 100), "png", png.toFile());
            }
        }
        String json = Files.readString(out.resolve(cluster.id() + ".json"), StandardCharsets.UTF_8);
        assertEquals(List.of(), factbrief.render.BriefSchema.validate(json.getBytes(StandardCharsets.UTF_8)),
                "the brief JSON validates against brief-1.schema.json");
        assertEvidenceMatches(cluster, new ObjectMapper().readTree(json));
        GoldenFiles.assertMatches(golden.resolve(name + ".json"), json);
        GoldenFiles.assertMatches(golden.resolve(name + ".html"),
                Files.readString(out.resolve(cluster.id() + ".html"), StandardCharsets.UTF_8));
        GoldenFiles.assertMatches(golden.resolve(name + ".pdf.txt"), pdfText);
    }

    static Cluster cluster(String name) {
        if (name.equals("seed")) {
            return new ClusterReader().read(Repo.root().resolve("seeds/us-peru-defense-2025-05.cluster.json"));
        }
        Path file = Repo.root().resolve("generator/src/test/resources/fixtures/" + name + ".json");
        RawReader.Batch b = new RawReader().read(file);
        return new Annotator(Gazetteer.load(null), LanguageLayer.shared())
                .annotate(b.cluster(), b.description(), b.stories(), List.of());
    }

    private static void assertEvidenceMatches(Cluster cluster, JsonNode brief) {
        int[] checked = {0};
        brief.findValues("evidence").forEach(list -> list.forEach(e -> {
            Story s = cluster.story(e.get("story").asText()).orElseThrow();
            int start = s.charIndex(e.get("start").asInt());
            int end = s.charIndex(e.get("end").asInt());
            assertEquals(s.text().substring(start, end), e.get("text").asText(), "evidence span " + e);
            checked[0]++;
        }));
        assertTrue(checked[0] > 0, "the brief carries evidence");
    }
}
