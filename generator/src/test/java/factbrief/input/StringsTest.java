package factbrief.input;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StringsTest {
    @Test
    void problems() {
        assertNull(Strings.problem("tab\tnew line\ncr\r emoji 🌊", false));
        assertEquals("lone surrogate U+D800 at code point 2", Strings.problem("🌊a\ud800", false));
        assertEquals("lone surrogate U+D83C at code point 1", Strings.problem("a\ud83c\ud83c\udf0a", false));
        assertEquals("lone surrogate U+DF0A at code point 0", Strings.problem("\udf0a\ud83c", false));
        assertEquals("control character U+001F at code point 1", Strings.problem("a\u001f", true));
        assertEquals("bidi control character U+2069 at code point 1", Strings.problem("a\u2069", false));
        assertNull(Strings.problem("a\u2069\u202a", true));
        assertNull(Strings.problem("a\u200f\u200e\u061c\u007f", false)); // marks and DEL are not what we reject
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\t\n\r", "\u00a0", "\u3000", "\u2003", "\u200b", "\ufeff \u2028"})
    void blank(String s) {
        assertTrue(Strings.isBlank(s));
    }

    @ParameterizedTest
    @ValueSource(strings = {"a", " . ", "\u00a0x", "🌊"})
    void notBlank(String s) {
        assertFalse(Strings.isBlank(s));
    }

    @Test
    void quoteEscapesInvisibleCharactersAndCutsLongValues() {
        assertEquals("'a\\u202Eb\\u000A'", Strings.quote("a\u202eb\n"));
        assertEquals("'\\uD800'", Strings.quote("\ud800"));
        assertEquals("'Ünïcödé 🌊'", Strings.quote("Ünïcödé 🌊"));
        assertEquals("'" + "🌊".repeat(60) + "…'", Strings.quote("🌊".repeat(61)));
        assertEquals("'" + "x".repeat(60) + "'", Strings.quote("x".repeat(60)));
    }

    @Test
    void pointerTokens() {
        assertEquals("a~1b~0c", Strings.token("a/b~c"));
    }
}
