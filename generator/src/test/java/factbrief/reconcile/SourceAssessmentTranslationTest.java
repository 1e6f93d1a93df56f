package factbrief.reconcile;

import factbrief.extract.Fixtures;
import factbrief.model.Facts;
import factbrief.model.Source;
import factbrief.model.SourceFlag;
import factbrief.model.SourceFlagKind;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Translations told from independent reports in another language, on invented stories. */
class SourceAssessmentTranslationTest {
    private static final String ENGLISH = """
            Trade Minister Ilse Marenko of Valdoria welcomed Governor Tomas Okafor of Belmora at the Port of \
            Saltmere on Tuesday, the ministry said.
            The two officials discussed the modernization of the container terminal and the importance of regional \
            cooperation.
            "Valdoria is committed to expanding our maritime partnership, including investment in infrastructure and \
            technical training," Marenko said.
            Okafor thanked the minister for the donation of 14 patrol vessels and described the agreement as historic.
            Both delegations agreed to create a permanent commission that will meet every 6 months in Saltmere.
            The commission will coordinate customs inspections and the exchange of information on illegal fishing.
            Marenko also visited the naval academy, where she inaugurated a simulation center for 120 cadets.
            The governor will travel to Valdoria in September for the annual conference of coastal authorities.""";

    /** The first six sentences of {@link #ENGLISH} rendered in Spanish, with three local sentences added. */
    private static final String SPANISH_PARTIAL = """
            La ministra de Comercio de Valdoria, Ilse Marenko, recibió el martes al gobernador de Belmora, Tomas \
            Okafor, en el Puerto de Saltmere, informó el ministerio.
            Ambos funcionarios conversaron sobre la modernización de la terminal de contenedores y la importancia de \
            la cooperación regional.
            “Valdoria está comprometida a ampliar nuestra asociación marítima, incluida la inversión en \
            infraestructura y la formación técnica”, dijo Marenko.
            Okafor agradeció a la ministra la donación de 14 patrulleras y calificó el acuerdo de histórico.
            En Belmora, la noticia fue recibida con entusiasmo por los pescadores artesanales del litoral norte.
            El sindicato local pidió que la comisión incluya a representantes de las cooperativas.
            Ambas delegaciones acordaron crear una comisión permanente que se reunirá cada 6 meses en Saltmere.
            La comisión coordinará las inspecciones aduaneras y el intercambio de información sobre la pesca ilegal.
            La visita concluye este jueves con una ceremonia en la plaza central de Saltmere.""";

    /** The same event reported on its own, naming the same people, places and number. */
    private static final String ENGLISH_OWN = """
            Belmora and Valdoria pledged closer ties at sea as Governor Tomas Okafor hosted Trade Minister Ilse \
            Marenko in Saltmere on Tuesday.
            Marenko, on her first trip abroad since taking office, toured the Port of Saltmere by boat.
            Local business leaders said they hoped the visit would bring money for dredging the harbor channel, which \
            has silted up since the storms of last winter.
            Okafor told reporters that Belmora had received 14 patrol vessels and would use them against illegal \
            fishing.
            Opposition lawmakers in Belmora criticized the deal, saying the vessels were old and costly to maintain.
            A commission of both governments is to meet twice a year, officials said.
            Marenko left Saltmere in the evening for talks in the capital.""";

    private static final String SPANISH_OWN = """
            El gobernador de Belmora, Tomas Okafor, y la ministra de Comercio de Valdoria, Ilse Marenko, firmaron el \
            martes en Saltmere un memorando sobre seguridad marítima.
            Según fuentes del gobierno, Valdoria entregará 14 lanchas patrulleras para combatir la pesca ilegal en el \
            litoral.
            La ministra llegó al Puerto de Saltmere acompañada por una delegación de empresarios valdorianos.
            Los pescadores de la zona protestaron frente a la gobernación por los recortes en las cuotas de captura.
            Okafor declaró a la prensa que la relación con Valdoria vive su mejor momento.
            Marenko regresará a su país el jueves.""";

    private static Source source(Facts f, String id) {
        return f.sources().stream().filter(s -> s.story().equals(id)).findFirst().orElseThrow();
    }

    private static List<SourceFlag> copies(Source s) {
        return s.flags().stream().filter(f -> f.flag() == SourceFlagKind.TRANSLATION_OF
                || f.flag() == SourceFlagKind.DUPLICATE_OF).toList();
    }

    @Test
    void partialTranslationWithLocalAdditionsIsFlaggedWithWhatWasMeasured() {
        Facts f = Fixtures.cluster()
                .story("en1", "harbor-wire.example.org", "en", "2031-03-10", ENGLISH)
                .story("es1", "diario-costero.example.org", "es", "2031-03-12", SPANISH_PARTIAL)
                .facts();
        List<SourceFlag> es = copies(source(f, "es1"));
        assertEquals(1, es.size(), es.toString());
        assertEquals(SourceFlagKind.TRANSLATION_OF, es.get(0).flag());
        assertEquals("en1", es.get(0).of());
        assertTrue(es.get(0).why().matches("\\d+ of its \\d+ sentences align in order with en1\\b.*"),
                es.get(0).why());
        assertTrue(copies(source(f, "en1")).isEmpty());
        assertTrue(source(f, "en1").independent());
    }

    @Test
    void independentReportsOfOneEventInTwoLanguagesAreNotTranslations() {
        Facts f = Fixtures.cluster()
                .story("en2", "harbor-wire.example.org", "en", "2031-03-10", ENGLISH_OWN)
                .story("es2", "diario-costero.example.org", "es", "2031-03-10", SPANISH_OWN)
                .facts();
        assertTrue(copies(source(f, "en2")).isEmpty(), source(f, "en2").toString());
        assertTrue(copies(source(f, "es2")).isEmpty(), source(f, "es2").toString());
    }

    @Test
    void aReportAndAnotherStorysTranslationInOneClusterAreToldApart() {
        Facts f = Fixtures.cluster()
                .story("en1", "harbor-wire.example.org", "en", "2031-03-10", ENGLISH)
                .story("es1", "diario-costero.example.org", "es", "2031-03-12", SPANISH_PARTIAL)
                .story("es2", "otro-diario.example.org", "es", "2031-03-10", SPANISH_OWN)
                .story("en2", "coast-daily.example.org", "en", "2031-03-10", ENGLISH_OWN)
                .facts();
        assertEquals("en1", copies(source(f, "es1")).get(0).of());
        for (String id : List.of("en1", "es2", "en2")) {
            assertTrue(copies(source(f, id)).isEmpty(), source(f, id).toString());
        }
    }

    @Test
    void cognatesShareTheirKeyAcrossSpellings() {
        assertEquals(Translations.cognateKey("cooperation"), Translations.cognateKey("cooperacion"));
        assertEquals(Translations.cognateKey("cooperation"), Translations.cognateKey("kooperation"));
        assertEquals(Translations.cognateKey("importance"), Translations.cognateKey("importancia"));
        assertEquals(Translations.cognateKey("philosophy"), Translations.cognateKey("filosofia"));
        assertNotEquals(Translations.cognateKey("training"), Translations.cognateKey("formacion"));
        assertNull(Translations.cognateKey("barco"), "a short word is no cognate");
    }
}
