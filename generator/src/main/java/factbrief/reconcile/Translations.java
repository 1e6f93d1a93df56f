package factbrief.reconcile;

import factbrief.model.Mention;
import factbrief.model.Story;
import factbrief.text.AnalyzedStory;
import factbrief.text.Sentence;
import factbrief.text.Token;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Tells a translation from an independent report in another language. Each sentence is reduced to its anchors:
 * entities named, numbers, and cognates (a folded five-letter prefix of each longer word, so that "cooperation",
 * "cooperación" and "Kooperation" agree). An anchor weighs more the fewer sentences of the cluster hold it. Two stories
 * are aligned by the in-order chain of sentence pairs that share the most anchor weight (one sentence may pair with
 * several consecutive ones). A translation, even a partial one with additions, carries the rare names, numbers and
 * cognates of sentence after sentence into that chain; an independent report of the same event in another language
 * shares mostly the names every story of the event repeats, in a different order. Cost: one pass over the tokens per
 * story, then O(sentences x sentences) small set intersections per pair.
 */
final class Translations {
    /** Share of the lighter sentence's anchor weight two sentences must have in common to be paired. */
    static final double MIN_SENTENCE_MATCH = 0.25;
    /**
     * Share of a story's anchor weight an in-order chain must reproduce for a translation. On the shared dev set
     * the translations score 0.24 and 0.28, every other cross-language pair at most 0.09; on our own clusters the
     * translations score 0.24 and 0.52, and two independent reports of one press event (in es and en) 0.15.
     */
    static final double MIN_COVERAGE = 0.2;
    /** Sentences of each story the chain must hold, so that two short notes never make a translation. */
    static final int MIN_ALIGNED = 3;

    /** Per story, per sentence: sorted anchor ids. */
    private final List<int[][]> anchors = new ArrayList<>();
    private final double[] weight;

    /** One in-order alignment of two stories. */
    record Alignment(int alignedX, int alignedY, int sentencesX, int sentencesY, double coverageX, double coverageY) {
        /** The share of the better-covered story's anchor weight reproduced in order by the other. */
        double score() {
            return Math.max(coverageX, coverageY);
        }

        boolean translation() {
            return score() >= MIN_COVERAGE && Math.min(alignedX, alignedY) >= MIN_ALIGNED;
        }

        /** The share of its own informative sentences each story has in the chain. */
        double alignedShareX() {
            return sentencesX == 0 ? 0 : (double) alignedX / sentencesX;
        }

        double alignedShareY() {
            return sentencesY == 0 ? 0 : (double) alignedY / sentencesY;
        }
    }

    /** Reads the anchors of every story; anchor weights come from the sentences of all of them. */
    Translations(List<AnalyzedStory> stories) {
        Map<String, Integer> ids = new HashMap<>();
        int[] df = new int[16];
        int sentences = 0;
        for (AnalyzedStory a : stories) {
            int[][] per = new int[a.sentences().size()][];
            for (int i = 0; i < per.length; i++) {
                List<String> keys = anchorKeys(a.story(), a.sentences().get(i));
                int[] set = keys.stream().mapToInt(k -> ids.computeIfAbsent(k, x -> ids.size())).distinct().sorted()
                        .toArray();
                if (ids.size() > df.length) {
                    df = Arrays.copyOf(df, Math.max(ids.size(), df.length * 2));
                }
                for (int id : set) {
                    df[id]++;
                }
                per[i] = set;
                sentences++;
            }
            anchors.add(per);
        }
        weight = new double[ids.size()];
        for (int id = 0; id < weight.length; id++) {
            weight[id] = Math.log((sentences + 1.0) / df[id]);
        }
    }

    /**
     * The best in-order alignment of story {@code x} with story {@code y} (indices into the constructor's list). The
     * chain may pair one sentence with several consecutive ones of the other story (a sentence split or merged in
     * translation); a sentence's covered weight is the union of the anchors it shares with its partners.
     */
    Alignment align(int x, int y) {
        int[][] sx = anchors.get(x);
        int[][] sy = anchors.get(y);
        double[] wx = totals(sx);
        double[] wy = totals(sy);
        int n = sx.length;
        int m = sy.length;
        double[][] gain = new double[n][m];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < m; j++) {
                double shared = shared(sx[i], sy[j]);
                if (shared > 0 && shared >= MIN_SENTENCE_MATCH * Math.min(wx[i], wy[j])) {
                    gain[i][j] = shared;
                }
            }
        }
        // end[i][j]: best chain that uses pair (i, j) last; upto[i][j]: the best end cell within the first i and j.
        double[][] end = new double[n][m];
        int[][] prev = new int[n][m];
        int[][] upto = new int[n + 1][m + 1];
        for (int[] row : upto) {
            Arrays.fill(row, -1);
        }
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < m; j++) {
                if (gain[i][j] > 0) {
                    int p = upto[i][j];
                    double b = p < 0 ? 0 : end[p / m][p % m];
                    if (i > 0 && end[i - 1][j] > b) {
                        p = (i - 1) * m + j;
                        b = end[i - 1][j];
                    }
                    if (j > 0 && end[i][j - 1] > b) {
                        p = i * m + j - 1;
                        b = end[i][j - 1];
                    }
                    end[i][j] = b + gain[i][j];
                    prev[i][j] = p;
                }
                int best = gain[i][j] > 0 ? i * m + j : -1;
                best = better(best, upto[i][j + 1], end, m);
                upto[i + 1][j + 1] = better(best, upto[i + 1][j], end, m);
            }
        }
        List<int[]> chain = new ArrayList<>();
        for (int c = upto[n][m]; c >= 0; c = prev[c / m][c % m]) {
            chain.add(new int[] {c / m, c % m});
        }
        // covered weight: per sentence, the union of the anchors it shares with its partners in the chain
        double[] cx = new double[n];
        double[] cy = new double[m];
        Set<Long> counted = new HashSet<>();
        for (int[] p : chain) {
            for (int id : sx[p[0]]) {
                if (Arrays.binarySearch(sy[p[1]], id) >= 0) {
                    if (counted.add(((long) p[0] << 32) | id)) {
                        cx[p[0]] += weight[id];
                    }
                    if (counted.add(((long) (p[1] + n) << 32) | id)) {
                        cy[p[1]] += weight[id];
                    }
                }
            }
        }
        return new Alignment(informative(cx), informative(cy), informative(wx), informative(wy), share(cx, wx),
                share(cy, wy));
    }

    private static int better(int a, int b, double[][] end, int m) {
        if (a < 0) {
            return b;
        }
        return b >= 0 && end[b / m][b % m] > end[a / m][a % m] ? b : a;
    }

    private static double share(double[] covered, double[] total) {
        double t = Arrays.stream(total).sum();
        return t == 0 ? 0 : Arrays.stream(covered).sum() / t;
    }

    /** Sentences with some anchor weight. */
    private static int informative(double[] w) {
        int n = 0;
        for (double v : w) {
            if (v > 0) {
                n++;
            }
        }
        return n;
    }

    private double[] totals(int[][] s) {
        double[] out = new double[s.length];
        for (int i = 0; i < s.length; i++) {
            for (int id : s[i]) {
                out[i] += weight[id];
            }
        }
        return out;
    }

    private double shared(int[] a, int[] b) {
        double sum = 0;
        for (int i = 0, j = 0; i < a.length && j < b.length; ) {
            if (a[i] == b[j]) {
                sum += weight[a[i]];
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return sum;
    }

    /** Entities named in the sentence, its numbers, and the cognate key of each longer word outside a name. */
    static List<String> anchorKeys(Story story, Sentence s) {
        List<String> out = new ArrayList<>();
        List<Mention> inside = new ArrayList<>();
        for (Mention m : story.mentions()) {
            if (m.start() >= s.start() && m.end() <= s.end()) {
                inside.add(m);
                out.add("e:" + m.entity());
            }
        }
        for (Token t : s.tokens()) {
            if (inside.stream().anyMatch(m -> t.start() < m.end() && t.end() > m.start())) {
                continue;
            }
            String digits = t.text().replaceAll("\\D+", "");
            if (!digits.isEmpty()) {
                out.add("n:" + digits);
            } else if (t.isWord()) {
                String k = cognateKey(t.folded());
                if (k != null) {
                    out.add("w:" + k);
                }
            }
        }
        return out;
    }

    /** The cognate key of a folded word, or null when it is too short; see {@link Cognates#key}. */
    static String cognateKey(String folded) {
        return factbrief.text.Cognates.key(folded);
    }
}
