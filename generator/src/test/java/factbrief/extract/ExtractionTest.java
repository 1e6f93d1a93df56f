package factbrief.extract;

import factbrief.model.Evidence;
import factbrief.model.Facts;
import factbrief.model.FollowUp;
import factbrief.model.FollowUpStatus;
import factbrief.model.Meeting;
import factbrief.model.Participant;
import factbrief.model.Position;
import factbrief.model.PositionKind;
import factbrief.model.Stance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Extraction and reconciliation on invented stories, one behaviour per test. */
class ExtractionTest {

    private static Set<String> names(List<Participant> ps) {
        return ps.stream().map(Participant::name).collect(Collectors.toSet());
    }

    @Test
    void aWeekdayAfterAPlanIsTheNextOneAndAfterAReportingVerbThePastOne() {
        Facts planned = Fixtures.cluster()
                .story("a", "en", "2031-03-12", "Defense Minister Jonas Kettering is scheduled to meet Foreign "
                        + "Minister Ana Duvall in Lisbon on Thursday.")
                .facts();
        assertEquals("2031-03-13", planned.meetings().get(0).date(), "the Thursday after a Wednesday publication");
        Facts past = Fixtures.cluster()
                .story("a", "en", "2031-03-12", "Defense Minister Jonas Kettering met Foreign Minister Ana Duvall in "
                        + "Lisbon. Duvall said on Monday that she will meet Kettering again in May.")
                .facts();
        assertTrue(past.meetings().stream().noneMatch(m -> "2031-03-16".equals(m.date())), past.meetings().toString());
    }

    @Test
    void whoWasThereAndWhoWasNot() {
        Facts f = Fixtures.cluster()
                .story("en", "en", "2031-03-12", "Senator Mara Quint spent about an hour with President Jonas "
                        + "Kettering in Lisbon on Tuesday.\nForeign Minister Tomas Ybarra and Ambassador Lukas Renner "
                        + "attended the meeting.")
                .story("pt", "pt", "2031-03-12", "A senadora Mara Quint se reuniu na terça-feira com o presidente "
                        + "Jonas Kettering em Lisboa. O ministro da Energia, Rui Tavela, que não participou da "
                        + "reunião, afirmou mais tarde que o abastecimento está garantido.")
                .story("es", "es", "2031-03-12", "El ministro de Energía, Rui Tavela, sostuvo que el suministro está "
                        + "garantizado.")
                .facts();
        List<Meeting> current = f.meetings().stream().filter(m -> !m.background()).toList();
        assertEquals(1, current.size(), f.meetings().toString());
        assertEquals(Set.of("Mara Quint", "Jonas Kettering"), names(current.get(0).participants()));
        assertEquals(Set.of("Tomas Ybarra", "Lukas Renner"), names(current.get(0).alsoPresent()));
    }

    @Test
    void meetingWithRolesCountriesPlaceAndRelativeDate() {
        Facts f = Fixtures.cluster()
                .story("a", "en", "2031-03-12", "Defense Minister Jonas Kettering met Tuesday with Valmera's Foreign "
                        + "Minister Ana Duvall at the Pentagon for bilateral talks.")
                .focus("Kestrel").facts();
        Meeting m = f.meetings().get(0);
        assertEquals(Set.of("Jonas Kettering", "Ana Duvall"), names(m.participants()));
        assertEquals("Pentagon", m.place());
        assertEquals("2031-03-11", m.date(), "Tuesday before a Wednesday publication");
        Participant kettering = m.participants().stream().filter(p -> p.name().equals("Jonas Kettering"))
                .findFirst().orElseThrow();
        assertEquals("Minister of Defense", kettering.role());
    }

    @Test
    void relativeDateStaysUnresolvedWithoutPublicationDate() {
        Facts f = Fixtures.cluster()
                .story("a", "en", null, "Defense Minister Jonas Kettering met Tuesday with Foreign Minister "
                        + "Ana Duvall at the Pentagon.")
                .facts();
        assertNull(f.meetings().get(0).date());
    }

    @Test
    void delegationMembersAreAlsoPresent() {
        Facts f = Fixtures.cluster()
                .story("a", "de", "2031-03-12", "Verteidigungsminister Jonas Kettering traf am Dienstag "
                        + "Außenministerin Ana Duvall im Pentagon.\nDer Delegation gehörten neben den beiden "
                        + "Ministern auch General Tomas Ybarra und der Botschafter Lukas Renner an.")
                .facts();
        Meeting m = f.meetings().get(0);
        assertEquals(Set.of("Jonas Kettering", "Ana Duvall"), names(m.participants()));
        assertEquals(Set.of("Tomas Ybarra", "Lukas Renner"), names(m.alsoPresent()));
    }

    @Test
    void thoseWhoAlsoTookPartAreAlsoPresentNotAMeetingOfTheirOwn() {
        alsoPresent("en", "Defense Minister Jonas Kettering met Foreign Minister Ana Duvall in Lisbon on Tuesday.\n"
                + "General Tomas Ybarra and Ambassador Lukas Renner also took part.");
        alsoPresent("es", "El ministro de Defensa Jonas Kettering se reunió el martes con la canciller Ana Duvall en "
                + "Lisboa.\nEn la cita participaron también el general Tomas Ybarra y el embajador Lukas Renner.");
    }

    private static void alsoPresent(String lang, String text) {
        Facts f = Fixtures.cluster().story("a", lang, "2031-03-12", text).facts();
        assertEquals(1, f.meetings().size(), lang + ": " + f.meetings());
        assertEquals(Set.of("Jonas Kettering", "Ana Duvall"), names(f.meetings().get(0).participants()), lang);
        assertEquals(Set.of("Tomas Ybarra", "Lukas Renner"), names(f.meetings().get(0).alsoPresent()), lang);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "en straight|en|Defense Minister Jonas Kettering warned that Kestrel is \"a danger to the region\".|a danger to the region",
        "en curly|en|Defense Minister Jonas Kettering warned that Kestrel is “a danger to the region”.|a danger to the region",
        "de low-high|de|Verteidigungsminister Jonas Kettering warnte vor Kestrel als „Gefahr für die Region“.|Gefahr für die Region",
        "fr guillemets|fr|Le ministre de la Défense Jonas Kettering a mis en garde contre Kestrel, « un danger pour la région ».|un danger pour la région",
        "fr single guillemets|fr|Le ministre de la Défense Jonas Kettering a critiqué Kestrel, ‹ un danger pour la région ›.|un danger pour la région",
        "es|es|El ministro de Defensa Jonas Kettering advirtió que Kestrel es «un peligro para la región».|un peligro para la región",
    })
    void directQuotesInEveryStyleWithSpeakerAndNegativeStance(String name, String lang, String text, String quote) {
        Facts f = Fixtures.cluster().story("a", lang, "2031-03-12", text).focus("Kestrel").facts();
        assertEquals(1, f.positions().size(), f.positions().toString());
        Position p = f.positions().get(0);
        assertEquals("Jonas Kettering", p.holder().name());
        assertEquals("Kestrel", p.target().name());
        assertEquals(PositionKind.STATEMENT, p.kind());
        assertEquals(Stance.NEGATIVE, p.stance());
        assertEquals(quote, p.quote());
        assertEquals(lang, p.quoteLanguage());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "en|Defense Minister Jonas Kettering said that Kestrel is not a threat to the region.",
        "es|El ministro de Defensa Jonas Kettering dijo que Kestrel no es una amenaza para la región.",
        "de|Verteidigungsminister Jonas Kettering sagte, Kestrel sei keine Gefahr für die Region.",
        "fr|Le ministre de la Défense Jonas Kettering a déclaré que Kestrel n'est pas une menace pour la région.",
    })
    void aNegatedCueCountsForTheOtherSide(String lang, String text) {
        Facts f = Fixtures.cluster().story("a", lang, "2031-03-12", text).focus("Kestrel").facts();
        assertEquals(1, f.positions().size(), f.positions().toString());
        assertEquals(Stance.POSITIVE, f.positions().get(0).stance());
    }

    @Test
    void reportedSpeechWithoutQuoteHasNoQuoteButAHolder() {
        Facts f = Fixtures.cluster()
                .story("a", "en", "2031-03-12", "Foreign Minister Ana Duvall praised the Port of Marisol as a "
                        + "historic success for the region.")
                .focus("Marisol").facts();
        Position p = f.positions().get(0);
        assertEquals("Ana Duvall", p.holder().name());
        assertEquals(Stance.POSITIVE, p.stance());
        assertNull(p.quote());
    }

    @Test
    void aGovernmentBodyCanHoldAPosition() {
        Facts f = Fixtures.cluster()
                .story("a", "en", "2031-03-12", "The Foreign Ministry stressed that Kestrel is a threat to regional "
                        + "trade.")
                .focus("Kestrel").facts();
        assertEquals(1, f.positions().size(), f.positions().toString());
        assertEquals("Ministry of Foreign Affairs", f.positions().get(0).holder().name());
        assertEquals(Stance.NEGATIVE, f.positions().get(0).stance());
    }

    @Test
    void aCountryNamedInsideAQuoteIsNoHolder() {
        Facts f = Fixtures.cluster()
                .story("a", "it", "2031-03-12", "\"La Cina è disposta a collaborare con Kestrel\", ha detto il "
                        + "ministro Jonas Kettering.")
                .focus("Kestrel").facts();
        assertTrue(f.positions().stream().allMatch(p -> p.holder().name().equals("Jonas Kettering")),
                f.positions().toString());
    }

    @Test
    void aJointStatementOfTwoSidesIsHeldByBothOnTheirRelations() {
        Facts f = Fixtures.cluster()
                .story("a", "en", "2031-03-12", "Mexican Foreign Minister Ana Duvall met Chilean Defense Minister "
                        + "Jonas Kettering in Santiago.\nMinister Ana Duvall and Minister Jonas Kettering reaffirmed "
                        + "their wish to deepen the cooperation between Mexico and Chile.")
                .facts();
        List<Position> joint = f.positions().stream().filter(p -> p.holder().name().contains(" / ")).toList();
        assertEquals(1, joint.size(), f.positions().toString());
        assertEquals("Ana Duvall / Jonas Kettering", joint.get(0).holder().name(), "in the order the story names them");
        assertNull(joint.get(0).holder().entity(), "two people are no single entity");
        assertEquals("Mexico – Chile", joint.get(0).target().name());
        assertTrue(f.positions().stream().noneMatch(p -> "Ana Duvall".equals(p.holder().name())),
                "a joint statement is not put in one speaker's mouth: " + f.positions());
    }

    @Test
    void twoPeopleJoinedOutsideTheSubjectAreNoJointHolder() {
        Facts f = Fixtures.cluster()
                .story("a", "en", "2031-03-12", "Foreign Minister Ana Duvall praised Kestrel after meeting Jonas "
                        + "Kettering and Tomas Ybarra on Monday.")
                .focus("Kestrel").facts();
        assertEquals(List.of("Ana Duvall"), f.positions().stream().map(p -> p.holder().name()).toList());
    }

    @Test
    void withoutFocusATreatyNamedInAQuoteIsTheTarget() {
        String pact = "{\"entities\": [{\"name\": \"Northern Trade Pact\", \"type\": \"OTHER\", "
                + "\"aliases\": [\"NTP\"]}]}";
        Facts f = Fixtures.cluster().gazetteer(pact)
                .story("a", "en", "2031-03-12", "Mexican Foreign Minister Ana Duvall met Chilean Defense Minister "
                        + "Jonas Kettering in Santiago.\n\"Chile and Mexico are working hard to finish the Northern "
                        + "Trade Pact, which opens new markets,\" Minister Ana Duvall said.")
                .facts();
        assertEquals(1, f.positions().size(), f.positions().toString());
        Position p = f.positions().get(0);
        assertEquals("Ana Duvall", p.holder().name());
        assertEquals("Northern Trade Pact", p.target().name(), "the pact, more precisely than the countries");
        assertTrue(p.quote().startsWith("Chile and Mexico are working hard"), p.quote());
    }

    @Test
    void aQuotedStatementIsPreferredToAQuotedFragment() {
        Facts f = Fixtures.cluster()
                .story("a", "en", "2031-03-12", "Foreign Minister Ana Duvall called Kestrel \"a success\".")
                .story("b", "en", "2031-03-12", "Foreign Minister Ana Duvall said: \"Kestrel has brought work to "
                        + "thousands of families in the region.\"")
                .focus("Kestrel").facts();
        assertEquals(1, f.positions().size(), f.positions().toString());
        assertEquals("Kestrel has brought work to thousands of families in the region.", f.positions().get(0).quote());
    }

    @Test
    void journalistFramingIsKeptApartFromOfficials() {
        Facts f = Fixtures.cluster()
                .story("a", "en", "2031-03-12", "Defense Minister Jonas Kettering met Foreign Minister Ana Duvall "
                        + "in Lisbon.\nThe talks come amid rising concerns over the Port of Marisol.")
                .focus("Marisol").facts();
        assertEquals(1, f.positions().size());
        Position p = f.positions().get(0);
        assertEquals(PositionKind.FRAMING, p.kind());
        assertEquals("a.example", p.holder().name(), "the site frames it, not an official");
        assertNull(p.holder().entity());
    }

    @Test
    void aFramingParagraphStaysEvenWhereAnOfficialSpokeOnItsTarget() {
        Facts f = Fixtures.cluster()
                .story("a", "de", "2031-03-12", "Verteidigungsminister Jonas Kettering traf Außenministerin Ana Duvall "
                        + "in Lissabon.\nKettering warnte vor Kestrel als „Gefahr für die Region“.\nDer Besuch reiht "
                        + "sich ein in ein Kräftemessen, das an der Küste längst offen ausgetragen wird. Seit Kestrel "
                        + "den Hafen betreibt, hat sich das Gewicht der Region verschoben.")
                .focus("Kestrel").facts();
        List<Position> framing = f.positions().stream().filter(p -> p.kind() == PositionKind.FRAMING).toList();
        assertEquals(1, framing.size(), f.positions().toString());
        assertTrue(framing.get(0).evidence().get(0).text().startsWith("Der Besuch reiht sich ein"));
        assertTrue(f.positions().stream().anyMatch(p -> p.kind() == PositionKind.STATEMENT
                && "Jonas Kettering".equals(p.holder().name())));
    }

    @Test
    void aCriticalMineralIsNoCritic() {
        Facts f = Fixtures.cluster()
                .story("a", "es", "2031-03-12", "El ministro de Defensa Jonas Kettering se reunió con la canciller "
                        + "Ana Duvall en Lisboa.\nAmbas partes hablaron de minerales críticos y de Kestrel.")
                .focus("Kestrel").facts();
        assertTrue(f.positions().stream().noneMatch(p -> p.kind() == PositionKind.FRAMING), f.positions().toString());
    }

    @Test
    void aThirdCountrysSpeakerOnASideIsAPositionAndACapitalStandsForItsGovernment() {
        Facts f = Fixtures.cluster()
                .story("a", "en", "2031-03-12", "Chilean Foreign Minister Ana Duvall met Mexican Defense Minister "
                        + "Jonas Kettering in Santiago on Tuesday to discuss the Port of Marisol.\nKettering praised "
                        + "the Port of Marisol.\nDuvall said Kettering's visit was a success.\nKettering said that "
                        + "Washington had criticised the port unfairly.\nFrench Ambassador Odile Varenne warned that "
                        + "Chile was taking on debts it could not pay.")
                .story("b", "en", "2031-03-12", "Chilean Foreign Minister Ana Duvall met Mexican Defense Minister "
                        + "Jonas Kettering in Santiago.\nThe United States has criticised the Port of Marisol.")
                .facts();
        Set<String> got = f.positions().stream().map(p -> p.holder().name() + " -> " + p.target().name())
                .collect(Collectors.toSet());
        assertTrue(got.contains("Odile Varenne -> Chile"), got.toString());
        assertTrue(got.contains("Jonas Kettering -> United States"), "Washington for its government: " + got);
        assertFalse(got.contains("Ana Duvall -> Mexico"), "a side on the other side only without a topic: " + got);
    }

    @Test
    void aDroppedSubjectAfterAQuoteIsTheLastSpeakerButAnArticleIsNoPronoun() {
        Facts f = Fixtures.cluster()
                .story("a", "es", "2031-03-12", "El ministro de Defensa Jonas Kettering se reunió con la canciller Ana "
                        + "Duvall en Lisboa.\n“El puerto de Marisol es un éxito”, afirmó Kettering.\n“Marisol "
                        + "traerá trabajo a miles de familias”, añadió.\nEl puerto de Marisol tiene tres muelles, "
                        + "dijo un portavoz.")
                .focus("Marisol").facts();
        Position p = f.positions().get(0);
        assertEquals(1, f.positions().size(), f.positions().toString());
        assertEquals("Jonas Kettering", p.holder().name());
        assertEquals(Set.of("“El puerto de Marisol es un éxito”, afirmó Kettering.",
                        "“Marisol traerá trabajo a miles de familias”, añadió."),
                p.evidence().stream().map(Evidence::text).collect(Collectors.toSet()));
    }

    @Test
    void aRoleNamedInsteadOfTheSpeakerIsTheLastPersonWithThatRole() {
        String[][] stories = {
            {"en", "Defense Minister Jonas Kettering met Secretary of State Mara Quint in Lisbon.\nQuint praised the "
                    + "talks.\n\"Marisol is a risk for every harbour on this coast,\" the minister said."},
            {"es", "El ministro de Defensa Jonas Kettering se reunió con la secretaria de Estado Mara Quint en Lisboa."
                    + "\nQuint elogió las conversaciones.\n«Marisol es un riesgo para toda la costa», declaró el "
                    + "ministro."},
            {"de", "Verteidigungsminister Jonas Kettering traf Botschafterin Mara Quint in Lissabon.\nQuint lobte "
                    + "die Gespräche.\n„Marisol ist ein Risiko für die ganze Küste“, sagte der Minister."},
            {"en", "Defense Minister Jonas Kettering met Secretary of State Mara Quint in Lisbon.\nQuint praised the "
                    + "talks.\n\"Every offer is welcome. But Marisol is a risk for every harbour,\" the minister said."},
        };
        for (String[] story : stories) {
            Facts f = Fixtures.cluster().story("a", story[0], "2031-03-12", story[1]).focus("Marisol").facts();
            assertEquals(1, f.positions().size(), story[1] + " " + f.positions());
            assertEquals("Jonas Kettering", f.positions().get(0).holder().name(), story[1]);
        }
    }

    @Test
    void aReportingVerbWithAnAuxiliaryAndACircumstanceHasTheLastSpeakerAsSubject() {
        String intro = "La ministra della Produzione cilena Rosa Quilla ha incontrato il ministro portoghese Tavo "
                + "Lenz a Lisbona.\nLa ministra Quilla ha cercato di rassicurare i partner.\n";
        Facts f = Fixtures.cluster()
                .story("a", "it", "2031-03-12", intro + "«Il porto di Marisol non ci impedirà di commerciare con "
                        + "l'Europa», ha dichiarato dopo il vertice.")
                .focus("Marisol").facts();
        assertEquals(1, f.positions().size(), f.positions().toString());
        assertEquals("Rosa Quilla", f.positions().get(0).holder().name());
        Facts unnamed = Fixtures.cluster()
                .story("a", "it", "2031-03-12", intro + "«Marisol è un rischio per tutta la costa», ha detto un "
                        + "portavoce.")
                .focus("Marisol").facts();
        assertTrue(unnamed.positions().isEmpty(), unnamed.positions().toString());
    }

    @Test
    void aRoleNobodyNamedHoldsNoPosition() {
        Facts f = Fixtures.cluster()
                .story("a", "en", "2031-03-12", "Defense Minister Jonas Kettering met Secretary of State Mara Quint "
                        + "in Lisbon.\n\"Marisol is a risk for every harbour on this coast,\" the ambassador said.")
                .focus("Marisol").facts();
        assertTrue(f.positions().isEmpty(), f.positions().toString());
    }

    @Test
    void amountsThatShareTheirDigitsAreStillDifferentAmounts() {
        Facts f = Fixtures.cluster()
                .story("en", "en", "2031-03-12", "Defense Minister Jonas Kettering met Foreign Minister Ana Duvall in "
                        + "Lisbon.\nThe dry dock is expected to cost $5 billion.")
                .story("de", "de", "2031-03-12", "Verteidigungsminister Jonas Kettering traf Außenministerin Ana "
                        + "Duvall in Lissabon.\nDas Trockendock wird auf 3,5 Milliarden Dollar geschätzt.")
                .facts();
        assertEquals(1, f.disagreements().size(), f.disagreements().toString());
        assertEquals(Set.of("USD 5 billion", "USD 3.5 billion"), f.disagreements().get(0).claims().stream()
                .map(factbrief.model.Claim::value).collect(Collectors.toSet()));
    }

    @Test
    void anApproximateAmountAgreesWithAnExactOneNearItButNotWithAFarOne() {
        String es = "El ministro de Defensa Jonas Kettering se reunió con la canciller Ana Duvall en Lisboa.\n"
                + "La empresa Velmar Astilleros invertirá US$ 310 millones en un dique seco en Oporto.";
        String it = "Il ministro della Difesa Jonas Kettering ha incontrato la ministra degli Esteri Ana Duvall a "
                + "Lisbona.\nVelmar Astilleros prepara un investimento di circa 300 milioni di dollari in un bacino "
                + "di carenaggio a Porto.";
        String en = "Defense Minister Jonas Kettering met Foreign Minister Ana Duvall in Lisbon.\nVelmar Astilleros "
                + "will invest $380 million in a dry dock in Porto.";
        Facts near = Fixtures.cluster().story("es", "es", "2031-03-12", es).story("it", "it", "2031-03-12", it)
                .facts();
        assertTrue(near.disagreements().isEmpty(), near.disagreements().toString());
        Facts far = Fixtures.cluster().story("es", "es", "2031-03-12", es).story("it", "it", "2031-03-12", it)
                .story("en", "en", "2031-03-12", en).facts();
        assertEquals(1, far.disagreements().size(), far.disagreements().toString());
        assertEquals(2, far.disagreements().get(0).claims().size(), far.disagreements().toString());
    }

    @Test
    void twoOfficialsOfTwoCountriesSigningTogetherHaveMetAndTheirDayCanDisagree() {
        Facts f = Fixtures.cluster()
                .story("en", "en", "2031-03-14", "Chilean Defense Minister Jonas Kettering met Portuguese Foreign "
                        + "Minister Ana Duvall in Lisbon on Thursday.")
                .story("de", "de", "2031-03-15", "Chiles Verteidigungsminister Jonas Kettering und die portugiesische "
                        + "Außenministerin Ana Duvall unterzeichneten am Freitag in Lissabon zwei "
                        + "Absichtserklärungen.")
                .facts();
        Meeting m = f.meetings().stream().filter(x -> !x.background()).findFirst().orElseThrow();
        assertEquals(Set.of("en", "de"), m.evidence().stream().map(Evidence::story).collect(Collectors.toSet()),
                f.meetings().toString());
        assertEquals(1, f.disagreements().size(), f.disagreements().toString());
    }

    @Test
    void aLoansInterestRateGivenDifferentlyIsADisagreement() {
        Facts f = Fixtures.cluster()
                .story("en", "en", "2031-03-12", "Defense Minister Jonas Kettering met Foreign Minister Ana Duvall in "
                        + "Lisbon.\nThe loan carries an annual interest rate of 6.85% and runs for twelve years.")
                .story("de", "de", "2031-03-12", "Verteidigungsminister Jonas Kettering traf Außenministerin Ana "
                        + "Duvall in Lissabon.\nDer Zinssatz des Kredits liegt nach Angaben aus Lissabon bei 5,9 "
                        + "Prozent.")
                .story("it", "it", "2031-03-12", "Il ministro della Difesa Jonas Kettering ha incontrato la ministra "
                        + "degli Esteri Ana Duvall a Lisbona.\nIl prestito ha un tasso di interesse annuale del "
                        + "6,85%.")
                .facts();
        assertEquals(1, f.disagreements().size(), f.disagreements().toString());
        assertEquals(Set.of("6.85%", "5.9%"), f.disagreements().get(0).claims().stream()
                .map(factbrief.model.Claim::value).collect(Collectors.toSet()));
    }

    @Test
    void thingsCountedUnderDifferentNamesAreCompared() {
        Facts f = Fixtures.cluster()
                .story("en", "en", "2031-03-12", "Chilean Minister Jonas Kettering held talks in Lisbon on Wednesday "
                        + "with Portuguese Minister Ana Duvall, after which the two sides signed four cooperation "
                        + "documents covering fisheries monitoring and training.")
                .story("es", "es", "2031-03-12", "El ministro chileno Jonas Kettering y la ministra portuguesa Ana "
                        + "Duvall firmaron hoy en Lisboa dos memorandos de entendimiento en materia pesquera.\n"
                        + "Según el ministerio, más de 400 embarcaciones extranjeras faenan cada temporada frente a "
                        + "la costa.")
                .story("de", "de", "2031-03-12", "Der chilenische Minister Jonas Kettering und die portugiesische "
                        + "Ministerin Ana Duvall trafen sich in Lissabon.\n„Mehr als 600 ausländische Fangschiffe "
                        + "schalten ihre Ortungsgeräte ab“, sagte ein Fischer.")
                .facts();
        Set<Set<String>> values = f.disagreements().stream().map(d -> d.claims().stream()
                .map(factbrief.model.Claim::value).collect(Collectors.toSet())).collect(Collectors.toSet());
        assertTrue(values.contains(Set.of("4", "2")), f.disagreements().toString());
        assertTrue(values.contains(Set.of("400", "600")), f.disagreements().toString());
    }

    @Test
    void aThingCountedDifferentlyInAnotherLanguageIsADisagreement() {
        Facts f = Fixtures.cluster()
                .story("a", "en", "2031-03-12", "Defense Minister Jonas Kettering met Foreign Minister Ana Duvall in "
                        + "Lisbon.\nKettering said Chile would deliver three refurbished patrol helicopters to the "
                        + "navy within two years.")
                .story("b", "es", "2031-03-12", "El ministro de Defensa Jonas Kettering se reunió con la canciller "
                        + "Ana Duvall en Lisboa.\nKettering anunció la entrega de cuatro helicópteros de patrulla "
                        + "reacondicionados a la Armada.")
                .facts();
        List<factbrief.model.Disagreement> counts = f.disagreements().stream()
                .filter(d -> d.topic().startsWith("Number of")).toList();
        assertEquals(1, counts.size(), f.disagreements().toString());
        assertEquals("Number of helicopters", counts.get(0).topic());
        assertEquals(Set.of("3", "4"), counts.get(0).claims().stream().map(factbrief.model.Claim::value)
                .collect(Collectors.toSet()));
    }

    @Test
    void oneMeetingOnTwoDaysIsADisagreementWithBothSides() {
        Facts f = Fixtures.cluster()
                .story("a", "en", "2031-03-12", "Defense Minister Jonas Kettering met Foreign Minister Ana Duvall in "
                        + "Lisbon on Tuesday.")
                .story("b", "fr", "2031-03-14", "Le ministre de la Défense Jonas Kettering a rencontré la ministre des "
                        + "Affaires étrangères Ana Duvall à Lisbonne le mercredi 12 mars 2031.")
                .facts();
        List<factbrief.model.Disagreement> dates = f.disagreements().stream()
                .filter(d -> d.topic().equals("Date of the meeting")).toList();
        assertEquals(1, dates.size(), f.disagreements().toString());
        assertEquals(List.of("2031-03-11", "2031-03-12"), dates.get(0).claims().stream()
                .map(factbrief.model.Claim::value).toList());
    }

    @Test
    void anActionAgreedHereAndOnlyConsideredThereIsADisagreement() {
        Facts f = Fixtures.cluster()
                .story("a", "en", "2031-03-12", "Defense Minister Jonas Kettering met Foreign Minister Ana Duvall in "
                        + "Lisbon.\nKettering and Duvall agreed to create a permanent commission for fisheries "
                        + "inspections in 2032.")
                .story("b", "fr", "2031-03-12", "Le ministre de la Défense Jonas Kettering a rencontré la ministre "
                        + "Ana Duvall à Lisbonne.\nKettering et Duvall envisagent de créer une commission permanente "
                        + "des inspections de pêche en 2032.")
                .facts();
        List<factbrief.model.Disagreement> ds = f.disagreements().stream()
                .filter(d -> d.topic().equals("Whether agreements were reached")).toList();
        assertEquals(1, ds.size(), f.disagreements().toString());
        assertEquals("a", ds.get(0).claims().get(0).evidence().get(0).story());
        assertEquals("b", ds.get(0).claims().get(1).evidence().get(0).story());
    }

    @Test
    void someoneOneStoryPlacesAtTheMeetingAndAnotherSaysWasAbsentIsADisagreement() {
        Facts f = Fixtures.cluster()
                .story("a", "en", "2031-03-12", "Defense Minister Jonas Kettering met Foreign Minister Ana Duvall in "
                        + "Lisbon.\nGeneral Tomas Ybarra also took part.")
                .story("b", "fr", "2031-03-13", "Le ministre de la Défense Jonas Kettering a rencontré la ministre "
                        + "Ana Duvall à Lisbonne.\nLe général Tomas Ybarra, en voyage à Porto, n'a pas pris part à "
                        + "l'entretien.")
                .facts();
        List<factbrief.model.Disagreement> ds = f.disagreements().stream()
                .filter(d -> d.topic().equals("Whether Tomas Ybarra took part")).toList();
        assertEquals(1, ds.size(), f.disagreements().toString());
        assertEquals("a", ds.get(0).claims().get(0).evidence().get(0).story());
        assertEquals("b", ds.get(0).claims().get(1).evidence().get(0).story());
    }

    @Test
    void anAmountOfTheFirstPhaseIsNotSetAgainstTheTotal() {
        Facts f = Fixtures.cluster()
                .story("a", "en", "2031-03-12", "Defense Minister Jonas Kettering met Foreign Minister Ana Duvall in "
                        + "Lisbon.\nA state bank would finance up to $1.8 billion of the first phase of the port. The "
                        + "whole project will cost $3.2 billion.")
                .story("b", "es", "2031-03-12", "El ministro de Defensa Jonas Kettering se reunió con la canciller "
                        + "Ana Duvall en Lisboa.\nUn banco estatal financiará hasta US$ 1.800 millones de la primera "
                        + "etapa del puerto. El proyecto completo demandaría una inversión de US$ 2.900 millones.")
                .facts();
        List<factbrief.model.Disagreement> ds = f.disagreements().stream()
                .filter(d -> d.topic().equals("Investment")).toList();
        assertEquals(1, ds.size(), f.disagreements().toString());
        assertEquals(Set.of("USD 3.2 billion", "USD 2.9 billion"), ds.get(0).claims().stream()
                .map(factbrief.model.Claim::value).collect(Collectors.toSet()));
    }

    @Test
    void negatedAgreementIsNoAgreementAndConsiderationIsNotAgreed() {
        Facts f = Fixtures.cluster()
                .story("a", "en", "2031-03-12", "Defense Minister Jonas Kettering met Foreign Minister Ana Duvall in "
                        + "Lisbon.\nNo new defense agreements were announced, and joint military exercises remain "
                        + "under consideration.")
                .facts();
        assertTrue(f.followUps().stream().noneMatch(x -> x.status() == FollowUpStatus.AGREED), f.followUps().toString());
        assertTrue(f.followUps().stream().anyMatch(x -> x.status() == FollowUpStatus.UNDER_CONSIDERATION));
    }

    @Test
    void reportedAgreementInGermanSubjunctiveIsAgreed() {
        Facts f = Fixtures.cluster()
                .story("a", "de", "2031-03-12", "Verteidigungsminister Jonas Kettering traf Außenministerin Ana "
                        + "Duvall in Lissabon.\nBeide Seiten hätten sich auf gemeinsame Militärmanöver geeinigt.")
                .facts();
        FollowUp fu = f.followUps().stream().filter(x -> x.status() == FollowUpStatus.AGREED).findFirst()
                .orElseThrow(() -> new AssertionError(f.followUps().toString()));
        assertTrue(fu.action().startsWith("joint military exercises"), fu.action());
    }

    @Test
    void oneSidedCommitmentIsPlannedBothSidedIsAgreed() {
        Facts one = Fixtures.cluster()
                .story("a", "en", "2031-03-12", "Defense Minister Jonas Kettering met Foreign Minister Ana Duvall "
                        + "in Lisbon.\nKettering said his ministry is committed to increasing military training.")
                .facts();
        assertTrue(one.followUps().stream().anyMatch(x -> x.status() == FollowUpStatus.PLANNED), one.followUps().toString());
        Facts both = Fixtures.cluster()
                .story("a", "es", "2031-03-12", "El ministro de Defensa Jonas Kettering se reunió con la canciller "
                        + "Ana Duvall en Lisboa.\nAmbos se comprometieron a combatir en conjunto el narcotráfico.")
                .facts();
        assertTrue(both.followUps().stream().anyMatch(x -> x.status() == FollowUpStatus.AGREED), both.followUps().toString());
    }

    @Test
    void beliefAboutTheFutureIsNoPlan() {
        Facts f = Fixtures.cluster()
                .story("a", "en", "2031-03-12", "Defense Minister Jonas Kettering met Foreign Minister Ana Duvall "
                        + "in Lisbon.\nKettering is convinced that the fight against drug trafficking will improve.")
                .facts();
        assertTrue(f.followUps().isEmpty(), f.followUps().toString());
    }

    @Test
    void sameFactAcrossLanguagesIsOneFollowUpWithBothSources() {
        Facts f = Fixtures.cluster()
                .story("a", "en", "2031-03-12", "Defense Minister Jonas Kettering met Foreign Minister Ana Duvall in "
                        + "Lisbon.\nBoth sides agreed on joint military exercises.")
                .story("b", "es", "2031-03-12", "El ministro de Defensa Jonas Kettering se reunió con la canciller Ana "
                        + "Duvall en Lisboa.\nAmbos gobiernos acordaron ejercicios militares conjuntos.")
                .facts();
        List<FollowUp> agreed = f.followUps().stream().filter(x -> x.status() == FollowUpStatus.AGREED).toList();
        assertEquals(1, agreed.size(), agreed.toString());
        assertEquals(Set.of("a", "b"), agreed.get(0).evidence().stream().map(Evidence::story)
                .collect(Collectors.toSet()));
    }

    @Test
    void actionsNoConceptNamesAreFollowUpsWithTheirStatus() {
        Facts f = Fixtures.cluster()
                .story("a", "en", "2031-03-12", "Defense Minister Jonas Kettering met Foreign Minister Ana Duvall in "
                        + "Lisbon.\nKettering and Duvall agreed to hold the next session of the fisheries commission "
                        + "in Lisbon in 2032, and to establish a working group on port inspections.\nThey also agreed "
                        + "to study a mutual recognition arrangement for certified exporters.\nDuvall asked the "
                        + "authorities to speed up the licensing of trawlers, an official said.")
                .facts();
        Set<String> got = f.followUps().stream().map(x -> x.status() + " " + x.action())
                .collect(Collectors.toSet());
        assertEquals(Set.of(
                "AGREED agreed to hold the next session of the fisheries commission in Lisbon in 2032",
                "AGREED to establish a working group on port inspections.",
                "UNDER_CONSIDERATION agreed to study a mutual recognition arrangement for certified exporters.",
                "PROPOSED asked the authorities to speed up the licensing of trawlers"), got);
    }

    @Test
    void aPlanToStudyIsAConsiderationAndAnActInAnEarlierYearIsHistory() {
        Facts f = Fixtures.cluster()
                .story("a", "en", "2031-03-12", "Defense Minister Jonas Kettering met Foreign Minister Ana Duvall in "
                        + "Lisbon.\nThe credit line, signed by Chile and Portugal in 2027, financed four patrol boats."
                        + "\nKettering said Chile would study a joint inspection regime for trawlers.")
                .facts();
        assertEquals(List.of("UNDER_CONSIDERATION would study a joint inspection regime for trawlers."),
                f.followUps().stream().map(x -> x.status() + " " + x.action()).toList());
    }

    @Test
    void oneActionInTwoLanguagesIsMergedByItsMonth() {
        Facts f = Fixtures.cluster()
                .story("a", "en", "2031-03-12", "Defense Minister Jonas Kettering met Foreign Minister Ana Duvall in "
                        + "Lisbon.\nKettering and Duvall agreed to set up a joint panel on harbour safety, which will "
                        + "first meet in Lisbon in July.")
                .story("b", "de", "2031-03-12", "Verteidigungsminister Jonas Kettering traf Außenministerin Ana "
                        + "Duvall in Lissabon.\nKettering und Duvall vereinbarten eine gemeinsame Arbeitsgruppe zur "
                        + "Hafensicherheit, die im Juli erstmals in Lissabon tagen soll.")
                .facts();
        List<FollowUp> agreed = f.followUps().stream().filter(x -> x.status() == FollowUpStatus.AGREED).toList();
        assertEquals(Set.of("a", "b"), agreed.get(0).evidence().stream().map(Evidence::story)
                .collect(Collectors.toSet()), f.followUps().toString());
        assertEquals(1, agreed.size(), f.followUps().toString());
    }

    @Test
    void aThingToStudyIsAConsiderationAndAPlanNeedsNoTaggerToBeSeen() {
        Facts f = Fixtures.cluster()
                .story("a", "es", "2031-03-12", "El ministro chileno Jonas Kettering se reunió con la canciller "
                        + "portuguesa Ana Duvall en Lisboa.\nKettering añadió que el Gobierno evaluará un proyecto de "
                        + "ley para revisar las inversiones extranjeras.\nDuvall anunció que la Autoridad Portuaria "
                        + "va a realizar este año una auditoría de los muelles.")
                .facts();
        Set<String> got = f.followUps().stream().map(x -> x.status() + " " + x.action())
                .collect(Collectors.toSet());
        assertEquals(Set.of(
                "UNDER_CONSIDERATION evaluará un proyecto de ley para revisar las inversiones extranjeras.",
                "PLANNED va a realizar este año una auditoría de los muelles."), got);
    }

    @Test
    void aPlanNeedsItsPartyAsSubjectAndAVerb() {
        Facts f = Fixtures.cluster()
                .story("a", "en", "2031-03-12", "Defense Minister Jonas Kettering met Foreign Minister Ana Duvall in "
                        + "Lisbon.\nKettering said Chile would send a delegation of fishing inspectors to Lisbon in "
                        + "May.\nDuvall said the new market the pact will create will benefit both countries.")
                .facts();
        assertEquals(List.of("PLANNED would send a delegation of fishing inspectors to Lisbon in May."),
                f.followUps().stream().map(x -> x.status() + " " + x.action()).toList());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "shared view|Both ministers agreed on the importance of dialogue between their navies.",
        "opinion|Kettering and Duvall agreed that the talks had been useful for both navies.",
        "noun|The visit is a sign of the growing weight of the fishing fleet in the region.",
        "negated|Kettering said his country was not asking Chile to cancel the fishing licences.",
        "question|Asked about the fishing licences, Duvall said the talks had been frank.",
        "headline|Kettering and Duvall sign three fishing accords in Lisbon",
        "exploration|The two ministers explored ways to increase cooperation between their navies.",
        "attributive|Kettering praised the planned fishing port in the north of the country.",
        "quoted|“Chile will be a partner for all of South America,” Kettering told reporters after the meeting.",
    })
    void whatIsNoFollowUp(String name, String sentence) {
        Facts f = Fixtures.cluster()
                .story("a", "en", "2031-03-12", "Defense Minister Jonas Kettering met Foreign Minister Ana Duvall in "
                        + "Lisbon.\n" + sentence + "\nThe talks lasted two hours.")
                .facts();
        assertEquals(List.of(), f.followUps(), name);
    }

    @Test
    void theSameActionInAnotherLanguageIsOneFollowUpWithBothSources() {
        Facts f = Fixtures.cluster()
                .story("a", "en", "2031-03-12", "Defense Minister Jonas Kettering met Foreign Minister Ana Duvall in "
                        + "Lisbon.\nKettering and Duvall agreed to create a permanent commission for fisheries "
                        + "inspections in 2032.")
                .story("b", "es", "2031-03-12", "El ministro de Defensa Jonas Kettering se reunió con la canciller "
                        + "Ana Duvall en Lisboa.\nKettering y Duvall acordaron crear una comisión permanente de "
                        + "inspecciones pesqueras en 2032.")
                .facts();
        assertEquals(1, f.followUps().size(), f.followUps().toString());
        assertEquals(Set.of("a", "b"), f.followUps().get(0).evidence().stream().map(Evidence::story)
                .collect(Collectors.toSet()));
    }

    @Test
    void agreedVersusConsideredIsADisagreementWithBothSides() {
        Facts f = Fixtures.cluster()
                .story("a", "en", "2031-03-12", "Defense Minister Jonas Kettering met Foreign Minister Ana Duvall in "
                        + "Lisbon.\nBoth sides agreed on joint military exercises.")
                .story("b", "en", "2031-03-12", "Defense Minister Jonas Kettering met Foreign Minister Ana Duvall in "
                        + "Lisbon on Tuesday.\nNo new defense agreements were announced.")
                .facts();
        assertEquals(1, f.disagreements().size(), f.disagreements().toString());
        assertEquals(2, f.disagreements().get(0).claims().size());
        assertEquals("a", f.disagreements().get(0).claims().get(0).evidence().get(0).story());
        assertEquals("b", f.disagreements().get(0).claims().get(1).evidence().get(0).story());
    }

    @Test
    void differentAdministrationsAndDistancesAreDisagreements() {
        Facts f = Fixtures.cluster()
                .story("a", "en", "2031-03-12", "The Harlow administration sent Defense Minister Jonas Kettering to "
                        + "Lisbon.\nThe Port of Marisol lies 78 kilometers north of Lisbon.")
                .story("b", "en", "2031-03-12", "The Benning administration sent Defense Minister Jonas Kettering to "
                        + "Lisbon.\nThe Port of Marisol lies 70 kilometers north of Lisbon.")
                .facts();
        Set<String> topics = f.disagreements().stream().map(d -> d.topic()).collect(Collectors.toSet());
        assertEquals(Set.of("Which administration", "Distance from Lisbon"), topics);
    }

    @Test
    void everyEvidenceSpanIsTheStorySlice() {
        var fixtures = Fixtures.cluster()
                .story("a", "fr", "2031-03-12", "🌊 Le ministre de la Défense Jonas Kettering a rencontré lundi la "
                        + "ministre des Affaires étrangères Ana Duvall à Lisbonne.\nLes deux parties auraient convenu "
                        + "de manœuvres militaires communes.");
        var cluster = fixtures.annotated();
        Facts f = new factbrief.run.Pipeline(factbrief.text.LanguageLayer.shared())
                .facts(cluster, java.time.LocalDate.of(2031, 1, 1));
        var story = cluster.stories().get(0);
        List<Evidence> all = new java.util.ArrayList<>();
        f.meetings().forEach(m -> all.addAll(m.evidence()));
        f.followUps().forEach(m -> all.addAll(m.evidence()));
        assertFalse(all.isEmpty());
        for (Evidence e : all) {
            String slice = story.text().substring(story.charIndex(e.start()), story.charIndex(e.end()));
            assertEquals(slice, e.text());
        }
    }
}
