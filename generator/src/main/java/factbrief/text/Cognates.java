package factbrief.text;

/** Keys that cognate words share across languages (cooperation, cooperación, coopération, Kooperation). */
public final class Cognates {
    /** Words shorter than this carry no key. */
    private static final int MIN_WORD = 6;
    private static final int PREFIX = 5;

    private Cognates() {
    }

    /**
     * The spelling-neutral prefix of a folded word, or null when it is too short: c/k/q and y/i merged, ph and th
     * simplified, doubled letters single, so that cognates across languages share it.
     */
    public static String key(String folded) {
        StringBuilder b = new StringBuilder(folded.length());
        char last = 0;
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (!Character.isLetter(c)) {
                continue;
            }
            if ((c == 'h') && (last == 'p' || last == 't')) {
                if (last == 'p') {
                    b.setCharAt(b.length() - 1, 'f');
                    last = 'f';
                }
                continue;
            }
            c = switch (c) {
                case 'c', 'q' -> 'k';
                case 'y' -> 'i';
                default -> c;
            };
            if (c != last) {
                b.append(c);
            }
            last = c;
        }
        return b.length() < MIN_WORD ? null : b.substring(0, PREFIX);
    }
}
