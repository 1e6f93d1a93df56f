package factbrief.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Case and accent folding used for every lexicon and name comparison. */
public final class Fold {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private Fold() {
    }

    /** Lower-cased, accents stripped, typographic apostrophes and dashes made plain, œ/æ/ß expanded. */
    public static String fold(String s) {
        if (ascii(s)) {
            return s.toLowerCase(Locale.ROOT);   // NFD, the marks and the replacements below change no ASCII char
        }
        String n = Normalizer.normalize(s, Normalizer.Form.NFD);
        n = MARKS.matcher(n).replaceAll("");
        n = n.toLowerCase(Locale.ROOT)
                .replace('’', '\'').replace('‘', '\'').replace('‐', '-').replace('‑', '-').replace('–', '-')
                .replace("œ", "oe").replace("æ", "ae").replace("ß", "ss");
        return n;
    }

    private static boolean ascii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }
}
