package factbrief.input;

import java.util.Locale;

/** Character checks on input strings and safe rendering of input values in messages. */
final class Strings {
    private static final int QUOTE_LIMIT = 60;

    private Strings() {
    }

    /**
     * The first character that no string of the contract may hold (a lone surrogate, or a C0 control other than tab,
     * line feed and carriage return) or, unless {@code bidiAllowed}, a bidi embedding, override or isolate control;
     * null when there is none.
     */
    static String problem(String s, boolean bidiAllowed) {
        int index = 0;
        for (int i = 0; i < s.length(); index++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                i += 2;
                continue;
            }
            i++;
            if (Character.isSurrogate(c)) {
                return String.format(Locale.ROOT, "lone surrogate U+%04X at code point %d", (int) c, index);
            }
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
                return String.format(Locale.ROOT, "control character U+%04X at code point %d", (int) c, index);
            }
            if (!bidiAllowed && isBidiControl(c)) {
                return String.format(Locale.ROOT, "bidi control character U+%04X at code point %d", (int) c, index);
            }
        }
        return null;
    }

    /** U+202A–U+202E (embeddings, overrides) and U+2066–U+2069 (isolates): they can reorder what a reader sees. */
    static boolean isBidiControl(int c) {
        return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
    }

    /** True when the string has nothing visible: only white space, spaces and format characters (zero-width space). */
    static boolean isBlank(String s) {
        return s.codePoints().allMatch(cp -> Character.isWhitespace(cp) || Character.isSpaceChar(cp)
                || Character.getType(cp) == Character.FORMAT);
    }

    /** The value in single quotes for a message: invisible characters escaped, cut after 60 code points. */
    static String quote(String s) {
        int cut = s.codePointCount(0, s.length()) > QUOTE_LIMIT ? s.offsetByCodePoints(0, QUOTE_LIMIT) : -1;
        return "'" + escape(cut < 0 ? s : s.substring(0, cut)) + (cut < 0 ? "'" : "…'");
    }

    /** The string with controls, format characters, separators and lone surrogates written as {@code \}uXXXX. */
    static String escape(String s) {
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            int n = Character.charCount(cp);
            if (visible(cp)) {
                if (sb != null) {
                    sb.appendCodePoint(cp);
                }
            } else {
                if (sb == null) {
                    sb = new StringBuilder(s.length() + 16).append(s, 0, i);
                }
                for (int k = i; k < i + n; k++) {
                    sb.append(String.format(Locale.ROOT, "\\u%04X", (int) s.charAt(k)));
                }
            }
            i += n;
        }
        return sb == null ? s : sb.toString();
    }

    private static boolean visible(int cp) {
        switch (Character.getType(cp)) {
            case Character.CONTROL:
            case Character.FORMAT:
            case Character.SURROGATE:
            case Character.LINE_SEPARATOR:
            case Character.PARAGRAPH_SEPARATOR:
            case Character.UNASSIGNED:
            case Character.PRIVATE_USE:
                return false;
            default:
                return true;
        }
    }

    /** One JSON pointer token (RFC 6901): {@code ~} as {@code ~0}, {@code /} as {@code ~1}. */
    static String token(String name) {
        return name.replace("~", "~0").replace("/", "~1");
    }
}
