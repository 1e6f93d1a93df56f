package factbrief.input;

/** Converts between code-point offsets and char indices of one text in O(1), with a table only when needed. */
final class Offsets {
    private final String text;
    private final int codePoints;
    /** Char index of each code-point offset (length codePoints + 1), or null when every code point is one char. */
    private final int[] charIndex;

    private Offsets(String text) {
        this.text = text;
        this.codePoints = text.codePointCount(0, text.length());
        if (codePoints == text.length()) {
            charIndex = null;
        } else {
            charIndex = new int[codePoints + 1];
            int c = 0;
            for (int cp = 0; cp < codePoints; cp++) {
                charIndex[cp] = c;
                c += Character.charCount(text.codePointAt(c));
            }
            charIndex[codePoints] = text.length();
        }
    }

    static Offsets of(String text) {
        return new Offsets(text);
    }

    /** The length of the text in code points. */
    int codePoints() {
        return codePoints;
    }

    /** The char index of code-point offset {@code cp}, {@code 0 <= cp <= codePoints()}. */
    int charIndex(int cp) {
        if (cp < 0 || cp > codePoints) {
            throw new IndexOutOfBoundsException(cp);
        }
        return charIndex == null ? cp : charIndex[cp];
    }

    /** The code-point offset of char index {@code index}; an index inside a surrogate pair counts the high half. */
    int codePoint(int index) {
        if (index < 0 || index > text.length()) {
            throw new IndexOutOfBoundsException(index);
        }
        if (charIndex == null) {
            return index;
        }
        int lo = 0;
        int hi = codePoints;
        while (lo < hi) { // the first code point whose char index is >= index
            int mid = (lo + hi) >>> 1;
            if (charIndex[mid] < index) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
