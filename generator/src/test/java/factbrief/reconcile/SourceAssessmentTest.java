package factbrief.reconcile;

import factbrief.extract.Fixtures;
import factbrief.model.Facts;
import factbrief.model.Meeting;
import factbrief.model.Source;
import factbrief.model.SourceFlag;
import factbrief.model.SourceFlagKind;
import org.junit.jupiter.api.Test;

import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which sources count as independent confirmation, on invented stories. */
class SourceAssessmentTest {
    private static final String GERMAN = "Berlin/Lissabon. Verteidigungsminister Jonas Kettering traf am Montag "
            + "Außenministerin Ana Duvall im Pentagon.\nKettering warnte vor Kestrel als \"Gefahr für den Handel\".\n"
            + "Der Delegation gehörten auch General Tomas Ybarra und Botschafter Lukas Renner an.\n"
            + "Beide Seiten hätten sich auf gemeinsame Militärmanöver geeinigt.\n"
            + "Die Delegation wird auch ein Treffen mit Direktor Mara Quint abhalten.";
    private static final String FRENCH = "Berlin/Lisbonne. Le ministre de la Défense Jonas Kettering a rencontré lundi "
            + "la ministre des Affaires étrangères Ana Duvall au Pentagone.\nKettering a mis en garde contre Kestrel, "
            + "« danger pour le commerce ».\nLa délégation comprenait également le général Tomas Ybarra et "
            + "l'ambassadeur Lukas Renner.\nLes deux parties auraient convenu de manœuvres militaires communes.\n"
            + "La délégation tiendra également une réunion avec la directrice Mara Quint.";

    private static Source source(Facts f, String id) {
        return f.sources().stream().filter(s -> s.story().equals(id)).findFirst().orElseThrow();
    }

    private static Set<SourceFlagKind> flags(Source s) {
        return s.flags().stream().map(SourceFlag::flag).collect(Collectors.toSet());
    }

    @Test
    void translationIsFlaggedWithItsOriginalAndIsNotIndependent() {
        Facts f = Fixtures.cluster()
                .story("de1", "wochenblatt.de", "de", null, GERMAN)
                .story("fr1", "wochenblatt.de (édition française)", "fr", null, FRENCH)
                .focus("Kestrel").facts();
        Source fr = source(f, "fr1");
        assertEquals(Set.of(SourceFlagKind.TRANSLATION_OF), flags(fr));
        assertEquals("de1", fr.flags().get(0).of());
        assertFalse(fr.independent());
        assertTrue(source(f, "de1").independent());
        // the quote comes from the original, not from the translation
        assertEquals("Gefahr für den Handel", f.positions().get(0).quote());
    }

    /** The German story and its French translation, both under a dateline that credits {@code credit}. */
    private static Facts creditedPair(String credit, String germanSite, String frenchSite, String frenchDate) {
        String german = "LISSABON (" + credit + ") - " + GERMAN.substring(GERMAN.indexOf(". ") + 2);
        String french = "LISBONNE (" + credit + ") - " + FRENCH.substring(FRENCH.indexOf(". ") + 2);
        return Fixtures.cluster()
                .story("de1", germanSite, "de", "2031-03-10", german)
                .story("fr1", frenchSite, "fr", frenchDate, french)
                .focus("Kestrel").facts();
    }

    @Test
    void theTranslationIsTheStoryThatCreditsTheOthersSite() {
        Facts f = creditedPair("Atlantikdienst", "atlantikdienst.example", "nouvelles-du-monde.example",
                "2031-03-11");
        Source fr = source(f, "fr1");
        assertEquals(Set.of(SourceFlagKind.TRANSLATION_OF), flags(fr), f.sources().toString());
        assertEquals("de1", fr.flags().get(0).of());
    }

    @Test
    void aDatelineCreditingTheOthersAgencyOutweighsTheCountryDomain() {
        Facts f = creditedPair("AD", "dienst.example (AD)", "nouvelles-du-jour.fr", "2031-03-10");
        Source fr = source(f, "fr1");
        assertEquals(Set.of(SourceFlagKind.TRANSLATION_OF), flags(fr), f.sources().toString());
        assertEquals("de1", fr.flags().get(0).of());
    }

    @Test
    void verbatimCopyIsADuplicateOfTheEarlierStory() {
        String text = "El ministro de Defensa Jonas Kettering se reunió este lunes con la canciller Ana Duvall en "
                + "Lisboa, según ambos gobiernos.\nAmbos gobiernos acordaron ejercicios militares conjuntos y un "
                + "intercambio de tecnología militar durante la visita oficial de tres días.";
        Facts f = Fixtures.cluster()
                .story("orig", "es", "2031-03-10", "Foto: archivo. Video 02:52\n" + text)
                .story("copy", "es", null, text)
                .facts();
        Source copy = source(f, "copy");
        assertEquals(Set.of(SourceFlagKind.DUPLICATE_OF), flags(copy));
        assertEquals("orig", copy.flags().get(0).of());
    }

    @Test
    void chatbotTextIsMachineGeneratedAndGivesNoFacts() {
        Facts f = Fixtures.cluster()
                .story("bot", "en", "2031-03-11", "Possible Article: Ministers Meet\nI cannot access the URL you "
                        + "provided. However, here is a hypothetical article based on general knowledge.\nDefense "
                        + "Minister Jonas Kettering met Foreign Minister Ana Duvall in Lisbon on March 9, 2031.\n"
                        + "Disclaimer: this article is based on assumptions.")
                .facts();
        assertTrue(flags(source(f, "bot")).contains(SourceFlagKind.MACHINE_GENERATED));
        assertTrue(f.meetings().isEmpty(), "no facts from a machine-written story");
    }

    @Test
    void chatAssistantReplyPastedAsAnArticleIsMachineGenerated() {
        Facts f = Fixtures.cluster()
                .story("en1", "en", "2031-03-10", "Defense Minister Jonas Kettering met Foreign Minister Ana Duvall "
                        + "in Lisbon on Monday.")
                .story("bot", "en", "2031-03-11", "Sure! Here's a short news article about the Lisbon talks:\n"
                        + "Defense Minister Jonas Kettering met Foreign Minister Ana Duvall in Lisbon on Tuesday.\n"
                        + "Both sides praised the talks.\n"
                        + "Let me know if you'd like me to make it longer or change the headline!")
                .story("bot-es", "es", "2031-03-11", "¡Claro! Aquí tienes una nota breve sobre la reunión:\n"
                        + "El ministro Jonas Kettering se reunió con la canciller Ana Duvall en Lisboa.\n"
                        + "Avísame si quieres otra versión.")
                .facts();
        assertTrue(flags(source(f, "bot")).contains(SourceFlagKind.MACHINE_GENERATED));
        assertTrue(flags(source(f, "bot-es")).contains(SourceFlagKind.MACHINE_GENERATED));
        assertFalse(flags(source(f, "en1")).contains(SourceFlagKind.MACHINE_GENERATED));
    }

    @Test
    void ofTwoCopiesOfTheSameDayTheOneWithPageClutterIsTheCopy() {
        String text = "El ministro de Defensa Jonas Kettering se reunió este lunes con la canciller Ana Duvall en "
                + "Lisboa, según ambos gobiernos.\nAmbos gobiernos acordaron ejercicios militares conjuntos y un "
                + "intercambio de tecnología militar durante la visita oficial de tres días.\nEl ministro viajará "
                + "después a Oporto para visitar el astillero de la armada.";
        Facts f = Fixtures.cluster()
                .story("wire", "es", "2031-03-10", text)
                .story("portal", "es", "2031-03-10", "¡Lisboa en la mira! Acuerdo militar\nSíguenos en nuestro "
                        + "canal y entérate primero de las noticias\n" + text + "\nLee también: lluvias en la "
                        + "costa\nComentarios (3)")
                .facts();
        Source portal = source(f, "portal");
        assertEquals(Set.of(SourceFlagKind.DUPLICATE_OF), flags(portal));
        assertEquals("wire", portal.flags().get(0).of());
        assertTrue(flags(source(f, "wire")).isEmpty());
    }

    @Test
    void storyAboutAnEarlierMeetingIsOffEventAndBackground() {
        Facts f = Fixtures.cluster()
                .story("now1", "en", "2031-03-10", "Defense Minister Jonas Kettering met Foreign Minister Ana Duvall "
                        + "in Lisbon on Monday.")
                .story("now2", "en", "2031-03-10", "Foreign Minister Ana Duvall met Defense Minister Jonas Kettering "
                        + "at the Pentagon on Monday.")
                .story("old", "en", "2029-06-02", "Defense Minister Rolf Amsel met President Ilse Varga in Lisbon "
                        + "on Saturday.")
                .facts();
        Source old = source(f, "old");
        assertTrue(flags(old).contains(SourceFlagKind.OFF_EVENT), old.toString());
        assertTrue(flags(old).contains(SourceFlagKind.STALE), old.toString());
        Meeting background = f.meetings().stream().filter(Meeting::background).findFirst().orElseThrow();
        assertTrue(background.participants().stream().anyMatch(p -> p.name().equals("Rolf Amsel")));
        assertTrue(f.meetings().stream().filter(m -> !m.background())
                .noneMatch(m -> m.participants().stream().anyMatch(p -> p.name().equals("Rolf Amsel"))),
                "an off-event meeting is never merged into the event");
    }

    @Test
    void storyInALanguageWithoutLexiconIsListedAndGivesNoFacts() {
        Facts f = Fixtures.cluster()
                .story("en1", "en", "2031-03-10", "Defense Minister Jonas Kettering met Foreign Minister Ana Duvall "
                        + "in Lisbon on Monday.")
                .story("pl1", "pl", "2031-03-10", "Minister obrony Jonas Kettering spotkał się w poniedziałek z "
                        + "minister spraw zagranicznych Aną Duvall w Lizbonie.")
                .facts();
        Source pl = source(f, "pl1");
        assertEquals(Set.of(SourceFlagKind.UNSUPPORTED_LANGUAGE), flags(pl));
        assertFalse(pl.independent());
        assertTrue(f.meetings().stream().allMatch(m -> m.evidence().stream().noneMatch(e -> e.story().equals("pl1"))));
    }
}
