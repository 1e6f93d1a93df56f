package factbrief.input;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class OffsetsTest {
    @Test
    void agreesWithStringForEveryIndex() {
        for (String text : new String[] {"", "plain", "🌊", "a🌊b👋🏽c", "🌊🌊 x 🌊", "ends with 👋"}) {
            Offsets o = Offsets.of(text);
            assertEquals(text.codePointCount(0, text.length()), o.codePoints());
            for (int cp = 0; cp <= o.codePoints(); cp++) {
                assertEquals(text.offsetByCodePoints(0, cp), o.charIndex(cp), text + " @cp " + cp);
            }
            for (int i = 0; i <= text.length(); i++) {
                assertEquals(text.codePointCount(0, i), o.codePoint(i), text + " @char " + i);
            }
        }
    }

    @Test
    void outOfRange() {
        Offsets o = Offsets.of("a🌊");
        assertThrows(IndexOutOfBoundsException.class, () -> o.charIndex(3));
        assertThrows(IndexOutOfBoundsException.class, () -> o.codePoint(4));
        assertThrows(IndexOutOfBoundsException.class, () -> o.charIndex(-1));
    }
}
