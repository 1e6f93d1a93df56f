package factbrief.it;

import factbrief.model.Cluster;
import factbrief.model.Facts;
import factbrief.render.BriefRenderer;
import factbrief.render.Paper;
import factbrief.render.RenderOptions;
import factbrief.render.RenderedBrief;
import factbrief.render.VeraPdf;
import factbrief.run.Pipeline;
import factbrief.text.LanguageLayer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.verapdf.pdfa.flavours.PDFAFlavour;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * veraPDF on every golden brief in every label language: each PDF must be PDF/A-3u and PDF/UA-1 compliant. A failure
 * lists the failed rules (clause, test number, description, where).
 */
class BriefComplianceTest {
    private static final LocalDate AS_OF = LocalDate.of(2031, 3, 20);
    private static final List<String> CLUSTERS = List.of("seed", "lakeside", "solo");
    private static final List<String> LOCALES = List.of("en", "es", "de", "fr");
    private static final Map<String, Facts> FACTS = new TreeMap<>();
    private static final Map<String, Boolean> SINGLE = new TreeMap<>();
    private static BriefRenderer renderer;

    @BeforeAll
    static void facts() {
        renderer = new BriefRenderer(Repo.root().resolve("templates"));
        Pipeline pipeline = new Pipeline(LanguageLayer.shared());
        for (String name : CLUSTERS) {
            Cluster c = BriefGoldenTest.cluster(name);
            FACTS.put(name, pipeline.facts(c, AS_OF));
            SINGLE.put(name, c.stories().size() == 1);
        }
    }

    static Stream<Arguments> briefs() {
        return CLUSTERS.stream().flatMap(c -> LOCALES.stream().map(l -> Arguments.of(c, l)));
    }

    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("briefs")
    void pdfIsPdfA3uAndPdfUa1(String name, String locale) {
        RenderedBrief brief = renderer.render(FACTS.get(name),
                new RenderOptions(Paper.A4, Locale.forLanguageTag(locale), SINGLE.get(name)));
        assertAll(
                () -> assertEquals(List.of(), VeraPdf.failures(brief.pdf(), PDFAFlavour.PDFA_3_U),
                        "PDF/A-3u rules failed by " + name + " (" + locale + ")"),
                () -> assertEquals(List.of(), VeraPdf.failures(brief.pdf(), PDFAFlavour.PDFUA_1),
                        "PDF/UA-1 rules failed by " + name + " (" + locale + ")"));
    }
}
