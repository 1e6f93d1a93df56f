package factbrief.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An ordered list of lexicon patterns indexed by their first part, so that only the patterns that can start at a
 * token are tried there: those whose first part is a word equal to the token's folded form or lemma, those whose
 * first part is a prefix starting with the same character, and the few others (suffix, substring, any). The
 * candidates come out in list order, so the first one that matches is the one a scan of the whole list would find.
 * Immutable and thread-safe.
 */
final class PatternIndex {
    private static final int[] NONE = new int[0];
    private static final int ASCII = 128;

    private final List<Lexicon.Pattern> patterns;
    private final Map<String, int[]> exact;
    private final int[][] prefixAscii;
    private final Map<Character, int[]> prefixOther;
    private final int[] general;

    PatternIndex(List<Lexicon.Pattern> patterns) {
        this.patterns = List.copyOf(patterns);
        Map<String, List<Integer>> ex = new HashMap<>();
        Map<Character, List<Integer>> pre = new HashMap<>();
        List<Integer> gen = new ArrayList<>();
        for (int i = 0; i < this.patterns.size(); i++) {
            Lexicon.Pattern p = this.patterns.get(i);
            String core = p.firstCore();
            if (p.firstKind() == Lexicon.Pattern.EXACT) {
                ex.computeIfAbsent(core, k -> new ArrayList<>()).add(i);
            } else if (p.firstKind() == Lexicon.Pattern.PREFIX && !core.isEmpty()) {
                pre.computeIfAbsent(core.charAt(0), k -> new ArrayList<>()).add(i);
            } else {
                gen.add(i);
            }
        }
        this.exact = new HashMap<>();
        ex.forEach((k, v) -> exact.put(k, ints(v)));
        this.prefixAscii = new int[ASCII][];
        this.prefixOther = new HashMap<>();
        pre.forEach((c, v) -> {
            if (c < ASCII) {
                prefixAscii[c] = ints(v);
            } else {
                prefixOther.put(c, ints(v));
            }
        });
        this.general = ints(gen);
    }

    private static int[] ints(List<Integer> xs) {
        return xs.stream().mapToInt(Integer::intValue).toArray();
    }

    List<Lexicon.Pattern> patterns() {
        return patterns;
    }

    /** The first pattern in list order that matches at token {@code at}, or null. */
    Lexicon.Pattern firstAt(List<Token> tokens, int at) {
        Token t = tokens.get(at);
        String folded = t.folded();
        String lemma = t.lemma() == null || t.lemma().equals(folded) ? null : t.lemma();
        int[] a = exact(folded);
        int[] b = prefix(folded);
        int[] c = lemma == null ? NONE : exact(lemma);
        int[] d = lemma == null ? NONE : prefix(lemma);
        int[] e = general;
        int ia = 0;
        int ib = 0;
        int ic = 0;
        int id = 0;
        int ie = 0;
        while (true) {
            int next = Integer.MAX_VALUE;
            if (ia < a.length) {
                next = Math.min(next, a[ia]);
            }
            if (ib < b.length) {
                next = Math.min(next, b[ib]);
            }
            if (ic < c.length) {
                next = Math.min(next, c[ic]);
            }
            if (id < d.length) {
                next = Math.min(next, d[id]);
            }
            if (ie < e.length) {
                next = Math.min(next, e[ie]);
            }
            if (next == Integer.MAX_VALUE) {
                return null;
            }
            Lexicon.Pattern p = patterns.get(next);
            if (p.matchesAt(tokens, at)) {
                return p;
            }
            if (ia < a.length && a[ia] == next) {
                ia++;
            }
            if (ib < b.length && b[ib] == next) {
                ib++;
            }
            if (ic < c.length && c[ic] == next) {
                ic++;
            }
            if (id < d.length && d[id] == next) {
                id++;
            }
            if (ie < e.length && e[ie] == next) {
                ie++;
            }
        }
    }

    /** Indices of every pattern that may match at a token whose folded form or lemma is given (in any order). */
    void candidates(String folded, String lemma, List<int[]> out) {
        out.add(exact(folded));
        out.add(prefix(folded));
        if (lemma != null && !lemma.equals(folded)) {
            out.add(exact(lemma));
            out.add(prefix(lemma));
        }
        out.add(general);
    }

    /** Whether a single-part pattern of the list matches a folded word. */
    boolean matchesWord(String folded) {
        return anyWord(exact(folded), folded) || anyWord(prefix(folded), folded) || anyWord(general, folded);
    }

    private boolean anyWord(int[] idx, String folded) {
        for (int i : idx) {
            if (patterns.get(i).matchesWord(folded)) {
                return true;
            }
        }
        return false;
    }

    private int[] exact(String word) {
        int[] r = exact.get(word);
        return r == null ? NONE : r;
    }

    private int[] prefix(String word) {
        if (word.isEmpty()) {
            return NONE;
        }
        char c = word.charAt(0);
        int[] r = c < ASCII ? prefixAscii[c] : prefixOther.get(c);
        return r == null ? NONE : r;
    }

    @Override
    public String toString() {
        return "PatternIndex" + Arrays.toString(patterns.toArray());
    }
}
