package factbrief.view;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The guards on untrusted strings. */
class TextTest {

    @Test
    void onlyAbsoluteHttpLinksSurvive() {
        assertEquals("https://example.org/a?b=c", Text.httpUrl("https://example.org/a?b=c"));
        assertEquals("http://example.org/", Text.httpUrl(" http://example.org/ "));
        assertNull(Text.httpUrl("javascript:alert(1)"));
        assertNull(Text.httpUrl("JaVaScRiPt:alert(1)"));
        assertNull(Text.httpUrl("file:///etc/passwd"));
        assertNull(Text.httpUrl("data:text/html,<b>x</b>"));
        assertNull(Text.httpUrl("//example.org/x"));
        assertNull(Text.httpUrl("/relative"));
        assertNull(Text.httpUrl("http://exa mple.org/"));
        assertNull(Text.httpUrl(null));
    }

    @Test
    void languageTagsMustBeWellFormed() {
        assertEquals("ru", Text.langTag("ru"));
        assertEquals("pt-BR", Text.langTag("pt-BR"));
        assertNull(Text.langTag("\" onload=\"x"));
        assertNull(Text.langTag(""));
        assertNull(Text.langTag(null));
    }

    @Test
    void controlAndBidiCharactersAreRemoved() {
        assertEquals("abc", Text.clean("a\u202Eb\u0000c"));
        assertEquals("line\nnext\ttab", Text.clean("line\nnext\ttab"));
        assertEquals("x\u2067".length() - 1, Text.clean("x\u2067").length());
        assertEquals("emoji 🌊 stays", Text.clean("emoji 🌊 stays"));
        assertEquals("lone ", Text.clean("lone \uD83C"));
        assertNull(Text.orNull(" \u202E "));
    }

    @Test
    void prefixCutsAtAWordAndNeverInsideASurrogatePair() {
        assertEquals("short", Text.prefix("short", 10));
        assertEquals("one two", Text.prefix("one two three", 10));
        String waves = "🌊".repeat(10);
        assertEquals("🌊".repeat(3), Text.prefix(waves, 3));
    }
}
