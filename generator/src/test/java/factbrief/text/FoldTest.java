package factbrief.text;

import org.junit.jupiter.api.Test;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Folding: the ASCII shortcut gives what the full normalisation gives, and accents, ligatures and dashes fold. */
class FoldTest {
    private static final String CHARS = "aZ09 -'.,;:!?\"()/\\_~^`@#é’‘‐‑–œæßÉÆŒñÑüÜçÇ\u0301ı\u00A0x";

    @Test
    void examples() {
        assertEquals("l'etat-major", Fold.fold("L’État‑major"));
        assertEquals("oeuvre aerien strasse", Fold.fold("Œuvre aérien Straße"));
        assertEquals("us-peru", Fold.fold("US–Peru"));
        assertEquals("plain ascii, 42!", Fold.fold("Plain ASCII, 42!"));
    }

    @Test
    void sameAsTheFullNormalisationOnRandomStrings() {
        Random rnd = new Random(3);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder b = new StringBuilder();
            boolean asciiOnly = rnd.nextBoolean();
            int len = rnd.nextInt(12);
            for (int i = 0; i < len; i++) {
                b.append(asciiOnly ? (char) rnd.nextInt(0x80) : CHARS.charAt(rnd.nextInt(CHARS.length())));
            }
            String s = b.toString();
            assertEquals(full(s), Fold.fold(s), s);
        }
    }

    /** Fold.fold without its shortcut. */
    private static String full(String s) {
        String n = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return n.toLowerCase(Locale.ROOT)
                .replace('’', '\'').replace('‘', '\'').replace('‐', '-').replace('‑', '-').replace('–', '-')
                .replace("œ", "oe").replace("æ", "ae").replace("ß", "ss");
    }
}
