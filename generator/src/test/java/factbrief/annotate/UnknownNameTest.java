package factbrief.annotate;

import factbrief.extract.Fixtures;
import factbrief.model.Cluster;
import factbrief.model.Entity;
import factbrief.model.EntityType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Capitalised names no gazetteer knows: people only when nothing in the name says otherwise. */
class UnknownNameTest {

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "en|Northern Fisheries Agreement|The ministers praised the Northern Fisheries Agreement on Monday.|OTHER",
        "es|Cerro de Valdivia|El ministro Jonas Kettering visitó Cerro de Valdivia el lunes con la canciller.|LOC",
        "en|Brenholt–Nova Velmont|The ministers discussed the Brenholt–Nova Velmont railway on Monday.|OTHER",
        "it|Brenholt-Cerro Velmont|I ministri hanno discusso la ferrovia Brenholt-Cerro Velmont lunedì.|OTHER",
    })
    void theNameSaysWhatItIs(String lang, String name, String sentence, EntityType type) {
        Cluster c = Fixtures.cluster()
                .story("a", lang, "2031-03-12", "Defense Minister Jonas Kettering met Foreign Minister Ana Duvall. "
                        + sentence)
                .story("b", lang, "2031-03-12", sentence)
                .annotated();
        Optional<Entity> e = c.entities().stream().filter(x -> x.name().equals(name)).findFirst();
        assertTrue(e.isPresent(), name + " not found: " + c.entities());
        assertEquals(type, e.get().type());
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "es|Fuentes de Palacio|Fuentes de Palacio indicaron que el presidente no habló.",
        "de|Ein Abkommen|Ein Abkommen wurde nicht unterzeichnet, sagte Kettering.",
        "en|Daniel Lund's Meeting|Readout of Secretary Daniel Lund's Meeting with President Ana Duvall",
    })
    void aCommonNounOrAPossessiveIsNoPerson(String lang, String phrase, String sentence) {
        Cluster c = Fixtures.cluster()
                .story("a", lang, "2031-03-12", sentence + "\nDefense Minister Jonas Kettering met Foreign "
                        + "Minister Ana Duvall.")
                .story("b", lang, "2031-03-12", sentence)
                .annotated();
        assertTrue(c.entities().stream().noneMatch(x -> x.name().equals(phrase)), phrase + ": " + c.entities());
    }
}
