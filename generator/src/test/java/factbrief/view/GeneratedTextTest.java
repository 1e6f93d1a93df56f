package factbrief.view;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Text the pipeline writes in English reaches the reader in the brief's language; unknown text stays as it is. */
class GeneratedTextTest {
    private static final Messages MESSAGES = Messages.load(
            Path.of(System.getProperty("factbrief.root", "..")).resolve("templates/messages"));

    @Test
    void knownTopicsRolesAndClaimsAreTranslated() {
        Labels de = MESSAGES.labels(Locale.GERMAN);
        assertEquals("Welche Regierung", de.generated("Which administration"));
        assertEquals("Verteidigungsminister", de.generated("Minister of Defense"));
        assertEquals("vereinbart", de.generated("agreed"));
        Labels es = MESSAGES.labels(new Locale("es"));
        assertEquals("ejercicios militares conjuntos", es.generated("joint military exercises"));
    }

    @Test
    void patternedTopicsKeepTheirNamesAndNumbers() {
        Labels fr = MESSAGES.labels(Locale.FRENCH);
        assertEquals("Distance depuis Lima", fr.generated("Distance from Lima"));
        assertEquals("Propriétaire de la part de 40 %", fr.generated("Owner of the 40% share"));
        assertEquals("Gouvernement Harlow", fr.generated("Harlow administration"));
    }

    @Test
    void unknownTextAndEnglishPassThrough() {
        assertEquals("Deputy harbour master", MESSAGES.labels(Locale.GERMAN).generated("Deputy harbour master"));
        assertEquals("Minister of Defense", MESSAGES.labels(Locale.ENGLISH).generated("Minister of Defense"));
    }

    @Test
    void countriesComeFromCldr() {
        assertEquals("Vereinigte Staaten", MESSAGES.labels(Locale.GERMAN).country("United States"));
        assertEquals("Pérou", MESSAGES.labels(Locale.FRENCH).country("Peru"));
        assertEquals("Norvania", MESSAGES.labels(Locale.FRENCH).country("Norvania"));
    }
}
