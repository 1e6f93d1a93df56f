package factbrief.text;

import factbrief.model.Story;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The lexicons are data: each language file has every category the extractor reads, and the examples in
 * {@code lexicon-examples.tsv} (invented sentences) match or do not match as stated.
 */
class LexiconTest {
    static final List<String> LANGUAGES = List.of("en", "de", "fr", "es", "it", "pt");
    static final List<String> CATEGORIES = List.of("meet", "say", "according", "agree", "commit", "plan", "consider",
            "propose", "negation", "reported", "also", "delegation", "framing", "continuation", "negative",
            "positive", "administration", "machine", "boilerplate", "pronoun", "anaphor", "investment", "initial",
            "distance", "sequence", "both", "belief", "elect", "accompany", "ownership", "percent", "operations",
            "start", "early", "agreementNoun", "and", "that", "infinitive", "importance", "countStop", "attend", "absent", "function", "conj", "honorifics", "ceremony", "sign", "interestRate", "affiliation");
    static final List<String> TABLES = List.of("weekdays", "months", "relative", "numberWords", "scale", "currency",
            "units");

    @Test
    void everyLanguageHasEveryCategoryAndTable() {
        for (String lang : LANGUAGES) {
            Lexicon lex = Lexicon.forLanguage(lang).orElseThrow(() -> new AssertionError("no lexicon for " + lang));
            for (String c : CATEGORIES) {
                assertFalse(lex.list(c).isEmpty(), lang + " lacks category " + c);
            }
            for (String t : TABLES) {
                assertFalse(lex.table(t).isEmpty(), lang + " lacks table " + t);
            }
            assertEquals(7, new java.util.HashSet<>(lex.table("weekdays").values()).size(), lang + " weekdays");
            assertEquals(12, new java.util.HashSet<>(lex.table("months").values()).size(), lang + " months");
            assertFalse(lex.roles().isEmpty(), lang + " has no role titles");
        }
    }

    @Test
    void languagesWithoutAFileAreUnsupported() {
        assertTrue(Lexicon.forLanguage("pl").isEmpty());
        assertTrue(Lexicon.forLanguage("../en").isEmpty());
        assertTrue(Lexicon.forLanguage(null).isEmpty());
    }

    static Stream<Arguments> examples() throws IOException {
        Path file = Path.of("src/test/resources/lexicon-examples.tsv");
        List<Arguments> out = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] p = line.split("\t");
            out.add(Arguments.of(p[0], p[1], p[2], p[3].equals("yes")));
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0} {1}: {2}")
    @MethodSource("examples")
    void exampleSentences(String lang, String category, String sentence, boolean expected) {
        AnalyzedStory a = LanguageLayer.shared().analyze(
                new Story("x", sentence, lang, null, null, null, null, List.of()), lang);
        List<Token> tokens = a.sentences().get(0).tokens();
        assertEquals(expected, a.lexicon().has(tokens, category),
                lang + " " + category + " on tokens " + tokens.stream().map(Token::folded).toList());
    }

    @Test
    void patternSyntax() {
        List<Token> ts = LanguageLayer.shared().analyze(new Story("x", "gemeinsame Militärmanöver geplant", "de", null,
                null, null, null, List.of()), "de").sentences().get(0).tokens();
        assertTrue(Lexicon.patternOf("gemeinsame* *manöver").matchesAt(ts, 0));
        assertTrue(Lexicon.patternOf("*militär*").matchesAt(ts, 1));
        assertTrue(Lexicon.patternOf("* * geplant").matchesAt(ts, 0));
        assertFalse(Lexicon.patternOf("gemeinsame manöver").matchesAt(ts, 0));
    }
}
