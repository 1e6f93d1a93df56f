package factbrief.view;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The message bundles: complete in every language, valid patterns, real translations, no JVM-default fallback. */
class MessagesTest {
    private final Messages messages = ViewFixtures.messages();

    @Test
    void englishSpanishGermanAndFrenchHaveExactlyTheSameKeys() {
        assertEquals(Set.of("de", "en", "es", "fr"), messages.languages());
        Set<String> english = messages.keys("en");
        assertTrue(english.size() > 40, "keys: " + english.size());
        for (String lang : messages.languages()) {
            assertEquals(english, messages.keys(lang), "keys of messages_" + lang);
        }
    }

    @Test
    void everyLabelIsAValidPatternAndTranslated() {
        for (String lang : messages.languages()) {
            Labels labels = messages.labels(Locale.forLanguageTag(lang));
            for (String key : labels.asMap().keySet()) {
                String text = labels.format(key, 3);
                assertTrue(!text.isBlank(), lang + " " + key);
                assertTrue(!text.contains("''"), "doubled apostrophe left in " + lang + " " + key + ": " + text);
            }
        }
        Labels en = messages.labels(Locale.ENGLISH);
        for (String lang : new String[] {"de", "es", "fr"}) {
            Labels other = messages.labels(Locale.forLanguageTag(lang));
            for (String key : new String[] {"section.meetings", "section.positions", "section.followUps",
                    "section.disagreements", "singleSource", "more.section"}) {
                assertNotEquals(en.get(key), other.get(key), lang + " " + key + " is not translated");
            }
        }
        assertEquals("Site's framing", en.get("position.framing"));
        assertEquals("À l'étude", messages.labels(Locale.FRENCH).get("status.under-consideration"));
        assertEquals("Wer traf wen", messages.labels(Locale.GERMAN).get("section.meetings"));
    }

    @Test
    void numbersInLabelsFollowTheLocale() {
        assertEquals("1,234 more in the HTML/JSON", messages.labels(Locale.ENGLISH).format("more.section", 1234));
        assertEquals("1.234 weitere im HTML/JSON", messages.labels(Locale.GERMAN).format("more.section", 1234));
        assertEquals("This page shows a selection: 1 more item in the HTML/JSON.",
                messages.labels(Locale.ENGLISH).format("more.total", 1));
        assertEquals("This page shows a selection: 7 more items in the HTML/JSON.",
                messages.labels(Locale.ENGLISH).format("more.total", 7));
    }

    @Test
    void anUnknownLanguageGetsEnglishNotTheJvmDefault() {
        Labels labels = messages.labels(Locale.JAPANESE);
        assertEquals(Locale.ENGLISH, labels.locale());
        assertEquals("Who met whom", labels.get("section.meetings"));
        assertEquals(Locale.forLanguageTag("de-CH"), messages.labels(Locale.forLanguageTag("de-CH")).locale());
    }

    @Test
    void aMissingKeyFallsBackToEnglishAndAnUnknownKeyFails(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("messages_en.properties"), "a=Apple\nb=Pear {0}\n", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("messages_de.properties"), "a=Äpfel\n", StandardCharsets.UTF_8);
        Messages m = Messages.load(dir);
        Labels de = m.labels(Locale.GERMAN);
        assertEquals("Äpfel", de.get("a"));
        assertEquals("Pear 2", de.format("b", 2));
        assertEquals(Set.of("a"), m.keys("de"));
        assertThrows(IllegalArgumentException.class, () -> de.get("c"));
        assertEquals(new MessageFormat("Pear {0}", Locale.GERMAN).format(new Object[] {2}), de.format("b", 2));
    }

    @Test
    void bundlesAreReadAsUtf8AndEnglishIsRequired(@TempDir Path dir) throws IOException {
        Files.write(dir.resolve("messages_fr.properties"), "a=Déjà\n".getBytes(StandardCharsets.UTF_8));
        assertThrows(IllegalArgumentException.class, () -> Messages.load(dir));
        Files.write(dir.resolve("messages_en.properties"), "a=Already\n".getBytes(StandardCharsets.UTF_8));
        assertEquals("Déjà", Messages.load(dir).labels(Locale.FRENCH).get("a"));
    }
}
