package factbrief.eval;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TokensTest {
    @Test
    void foldStripsAccentsAndCase() {
        assertEquals("tomas ibanez", Tokens.fold("Tomás IBÁÑEZ"));
        assertEquals("strasse", Tokens.fold("Straße"));
    }

    @Test
    void tokensJoinInitialsAndSplitOnPunctuation() {
        assertEquals(List.of("us", "navy", "korvik", "nord"), Tokens.tokens("U.S. Navy, Korvik-Nord"));
    }

    @Test
    void headDropsTheParenthesis() {
        assertEquals("Mara Voss", Tokens.head("Mara Voss (Minister of Defence, Veldania)"));
    }

    @Test
    void accentedAndPlainNamesMatch() {
        assertTrue(Tokens.nameMatches("Tomas Ibanez", "Tomás Ibáñez (Minister of Ports, Ostria)"));
        assertTrue(Tokens.nameMatches("Tomás Ibáñez", "Tomas Ibanez"));
    }

    @Test
    void surnameAloneMatches() {
        assertTrue(Tokens.nameMatches("Voss", "Mara Voss (Minister of Defence, Veldania)"));
    }

    @Test
    void allGoldTokensInALongerNameMatch() {
        assertTrue(Tokens.nameMatches("Mara Voss Lindqvist", "Mara Voss"));
    }

    @Test
    void titlesAreNotPartOfTheName() {
        assertTrue(Tokens.nameMatches("Minister Voss", "Mara Voss"));
    }

    @Test
    void differentSurnameDoesNotMatch() {
        assertFalse(Tokens.nameMatches("Mara Lund", "Mara Voss"));
    }

    @Test
    void sharedSurnameWithConflictingFirstNamesDoesNotMatch() {
        assertFalse(Tokens.nameMatches("Carla Ostrem Vik", "Pavel Vik"));
        assertFalse(Tokens.nameMatches("Pavel Vik", "Carla Ostrem Vik"));
        assertTrue(Tokens.nameMatches("Ostrem Vik", "Carla Ostrem Vik"));
    }

    @Test
    void jointHolderMatchesEitherName() {
        String joint = "Tomás Ibáñez and Ilse Brandt (joint statement)";
        assertTrue(Tokens.holderMatches("Ilse Brandt", joint));
        assertTrue(Tokens.holderMatches("Ibanez", joint));
        assertFalse(Tokens.holderMatches("Mara Voss", joint));
    }

    @Test
    void targetsMatchOnAnIdentifyingToken() {
        assertTrue(Tokens.targetMatches("Port of Korvik", "Korvik harbour"));
        assertTrue(Tokens.targetMatches("Korvik", "Korvik harbour (expansion plans)"));
        assertTrue(Tokens.targetMatches("Ostria", "Veldania-Ostria naval partnership"));
    }

    @Test
    void targetsDoNotMatchOnGenericWordsOrLowerCaseQualifiers() {
        assertFalse(Tokens.targetMatches("Lund harbour", "Korvik harbour"));
        assertFalse(Tokens.targetMatches("Veldania", "Ostria"));
        assertFalse(Tokens.targetMatches("expansion", "Korvik harbour (expansion plans)"));
    }

    @Test
    void targetsMatchAnAcronymOrACapitalisedAlias() {
        assertTrue(Tokens.targetMatches("NTP", "Northern Trade Pact"));
        assertTrue(Tokens.targetMatches("Northern Trade Pact", "NTP"));
        assertTrue(Tokens.targetMatches("NTP", "Northern Trade Pact (NTP)"));
        assertNull(Tokens.acronym("Korvik"));
    }

    @Test
    void overlapIsDiceOnContentTokens() {
        assertEquals(1.0, Tokens.overlap("the Korvik strait", "Korvik Strait"));
        assertEquals(0.0, Tokens.overlap("the Korvik strait", ""));
        assertEquals(0.5, Tokens.overlap("naval exercises", "exercises cadets"));
    }

    @Test
    void cutCountsCodePoints() {
        assertEquals("🚢🚢…", Tokens.cut("🚢🚢🚢🚢", 3));
        assertEquals("a b", Tokens.cut(" a\n b ", 10));
    }
}
