package factbrief.text;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The indexed lexicon look-ups give what trying every pattern at every token gives: the same matches of every
 * category, the same single words and the same concepts, on random token sequences built from the lexicons' own
 * words (whole, cut, extended), with lemmas that differ from the words.
 */
class PatternIndexTest {
    private static final List<String> LANGUAGES = List.of("en", "de", "fr", "es", "it", "pt");
    private static final String[] FILLERS = {"the", "a", ",", ".", "x", "zz", "and", "de", "le", "-", "a'", "2024"};

    @Test
    void lexiconLookUpsEqualAScanOfEveryPattern() {
        Random rnd = new Random(7);
        int matches = 0;
        for (String lang : LANGUAGES) {
            Lexicon lex = Lexicon.forLanguage(lang).orElseThrow();
            List<String> vocabulary = vocabulary(lex);
            for (int n = 0; n < 300; n++) {
                List<Token> ts = tokens(vocabulary, rnd);
                for (String category : LexiconTest.CATEGORIES) {
                    List<Lexicon.Match> expected = scan(lex.list(category), ts);
                    matches += expected.size();
                    assertEquals(expected, lex.find(ts, category), lang + " " + category + " " + ts);
                    assertEquals(!expected.isEmpty(), lex.has(ts, category));
                    for (Token t : ts) {
                        boolean word = lex.list(category).stream().anyMatch(p -> p.matchesWord(t.folded()));
                        assertEquals(word, lex.isWord(t.folded(), category), lang + " " + category + " " + t);
                    }
                }
                assertEquals(concepts(ts, lang), Concepts.shared().find(ts, lang), lang + " concepts " + ts);
            }
        }
        assertTrue(matches > 1000, "the random sentences match often enough to test something: " + matches);
    }

    @Test
    void unknownCategoryFindsNothing() {
        Lexicon lex = Lexicon.forLanguage("en").orElseThrow();
        List<Token> ts = tokens(List.of("meet"), new Random(1));
        assertTrue(lex.find(ts, "no-such-category").isEmpty());
        assertTrue(!lex.has(ts, "no-such-category") && !lex.isWord("meet", "no-such-category"));
    }

    /** The old look-up: every pattern in list order at every token. */
    private static List<Lexicon.Match> scan(List<Lexicon.Pattern> ps, List<Token> tokens) {
        List<Lexicon.Match> out = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            Lexicon.Match found = null;
            for (Lexicon.Pattern p : ps) {
                if (p.matchesAt(tokens, i)) {
                    found = new Lexicon.Match(i, i + p.length(), p.source());
                    break;
                }
            }
            if (found != null) {
                out.add(found);
                i = found.to();
            } else {
                i++;
            }
        }
        return out;
    }

    /** The old concept look-up: every pattern of every concept at every token. */
    private static Set<String> concepts(List<Token> tokens, String lang) {
        Set<String> out = new LinkedHashSet<>();
        Concepts c = Concepts.shared();
        try {
            var field = Concepts.class.getDeclaredField("patterns");
            field.setAccessible(true);
            @SuppressWarnings("unchecked")
            var patterns = (java.util.Map<String, java.util.Map<String, List<Lexicon.Pattern>>>) field.get(c);
            for (var e : patterns.entrySet()) {
                outer:
                for (Lexicon.Pattern p : e.getValue().getOrDefault(lang, List.of())) {
                    for (int i = 0; i < tokens.size(); i++) {
                        if (p.matchesAt(tokens, i)) {
                            out.add(e.getKey());
                            break outer;
                        }
                    }
                }
            }
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
        return out;
    }

    /** Words of the lexicon's entries and concepts, without wildcards, plus longer and shorter variants. */
    private static List<String> vocabulary(Lexicon lex) {
        Set<String> words = new LinkedHashSet<>();
        for (String category : LexiconTest.CATEGORIES) {
            for (Lexicon.Pattern p : lex.list(category)) {
                for (String part : Fold.fold(p.source()).trim().split("\\s+")) {
                    String core = part.replace("*", "");
                    if (!core.isEmpty()) {
                        words.add(core);
                        words.add(core + "en");
                        words.add("un" + core);
                        words.add(core.substring(0, Math.max(1, core.length() - 1)));
                    }
                }
            }
        }
        words.addAll(List.of(FILLERS));
        return new ArrayList<>(words);
    }

    private static List<Token> tokens(List<String> vocabulary, Random rnd) {
        int n = 1 + rnd.nextInt(25);
        List<Token> ts = new ArrayList<>();
        int at = 0;
        for (int i = 0; i < n; i++) {
            String w = rnd.nextInt(4) == 0 ? FILLERS[rnd.nextInt(FILLERS.length)]
                    : vocabulary.get(rnd.nextInt(vocabulary.size()));
            int r = rnd.nextInt(4);
            String lemma = r == 0 ? null : r == 1 ? w : vocabulary.get(rnd.nextInt(vocabulary.size()));
            ts.add(new Token(at, at + w.length(), w, "X", lemma, w));
            at += w.length() + 1;
        }
        return ts;
    }
}
