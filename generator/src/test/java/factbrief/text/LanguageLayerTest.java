package factbrief.text;

import factbrief.model.Story;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Sentences, tokens and language detection on invented texts. */
class LanguageLayerTest {
    private static AnalyzedStory analyze(String lang, String text) {
        return LanguageLayer.shared().analyze(new Story("s", text, lang, null, null, null, null, List.of()), lang);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "en|The minister met Jonas F. Kettering in Lisbon. They agreed on exercises.|2",
        "de|Der Minister traf Jonas F. Kettering in Lissabon. Beide Seiten einigten sich.|2",
        "fr|Le ministre a rencontré Jonas F. Kettering à Lisbonne. Les deux parties ont convenu.|2",
        "es|El ministro se reunió con Jonas F. Kettering en Lisboa. Ambos acordaron ejercicios.|2",
        "it|Il ministro ha incontrato Jonas F. Kettering a Lisbona. Entrambi hanno concordato.|2",
    })
    void sentencesDoNotBreakOnInitials(String lang, String text, int expected) {
        AnalyzedStory a = analyze(lang, text);
        assertEquals(expected, a.sentences().size(), a.sentences().toString());
        assertTrue(a.sentences().get(0).text().contains("Jonas F. Kettering"));
    }

    @Test
    void linesAreSentenceBoundariesAndOffsetsPointIntoTheText() {
        String text = "Headline without a period\nFirst sentence here. Second one here.";
        AnalyzedStory a = analyze("en", text);
        assertEquals(3, a.sentences().size());
        for (Sentence s : a.sentences()) {
            assertEquals(text.substring(s.start(), s.end()), s.text());
            for (Token t : s.tokens()) {
                assertEquals(text.substring(t.start(), t.end()), t.text());
            }
        }
    }

    @Test
    void unsupportedLanguageHasSentencesButNoLexicon() {
        AnalyzedStory a = analyze("pl", "Minister spotkał się z ambasadorem. Rozmowy trwały godzinę.");
        assertFalse(a.supported());
        assertEquals(2, a.sentences().size());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "en|The defence ministers met on Monday and agreed to hold joint exercises next year.",
        "de|Die Verteidigungsminister trafen sich am Montag und vereinbarten gemeinsame Übungen im nächsten Jahr.",
        "fr|Les ministres de la Défense se sont rencontrés lundi et ont convenu d'exercices communs l'an prochain.",
        "es|Los ministros de Defensa se reunieron el lunes y acordaron ejercicios conjuntos el próximo año.",
        "it|I ministri della Difesa si sono incontrati lunedì e hanno concordato esercitazioni congiunte.",
        "pt|Os ministros da Defesa reuniram-se na segunda-feira e acordaram exercícios conjuntos no próximo ano.",
    })
    void detectsTheLanguageOfOneSentence(String expected, String text) {
        assertEquals(expected, LanguageLayer.shared().detect(text).orElse("?"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "en|On Monday, Foreign Minister Ana Duvall met Jonas Kettering in the capital.",
        "de|Der Minister traf sich am Montag mit Ana Duvall.",
        "es|El ministro Jonas Kettering se reunió con Ana Duvall en la capital.",
        "fr|Le ministre Jonas Kettering a rencontré Ana Duvall dans la capitale.",
        "it|Il ministro Jonas Kettering ha incontrato Ana Duvall nella capitale.",
        "pt|O ministro Jonas Kettering encontrou Ana Duvall na capital do país.",
    })
    void shortSentencesFullOfNamesAreDecidedByFunctionWords(String expected, String text) {
        assertEquals(expected, LanguageLayer.shared().detect(text).orElse("?"));
    }

    @Test
    void aShortTextInALanguageWithoutLexiconIsLeftToTheModel() {
        String dutch = "De ministers van Defensie hebben maandag in de hoofdstad gezamenlijke oefeningen afgesproken.";
        assertEquals("nl", LanguageLayer.shared().detect(dutch).orElse("?"));
    }

    @Test
    void concurrentAnalysisGivesTheSameResult() throws Exception {
        String text = "Verteidigungsminister Jonas Kettering traf am Montag Außenministerin Ana Duvall. "
                + "Beide Seiten hätten sich auf gemeinsame Militärmanöver geeinigt.";
        List<Sentence> expected = analyze("de", text).sentences();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<List<Sentence>>> results = new ArrayList<>();
            for (int i = 0; i < 64; i++) {
                results.add(pool.submit(() -> analyze("de", text).sentences()));
            }
            for (Future<List<Sentence>> r : results) {
                assertEquals(expected, r.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
