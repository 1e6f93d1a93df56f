package factbrief.text;

import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.BeamSearchContextGenerator;
import opennlp.tools.util.SequenceValidator;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Queue;

/**
 * OpenNLP's {@code BeamSearch.bestSequence}, step for step, with savings that leave every result identical: the
 * beam's score threshold (the k-th largest outcome probability) is selected in one pass instead of sorting all
 * outcomes, a context seen before in the same story (the same features in the same order: a word with its tag
 * and the decisions before it) reuses its probabilities instead of evaluating the model again (up to
 * {@value #MAX_SEEN} contexts, emptied per story by {@link #forget()}), partial sequences link to their parent
 * instead of copying its outcomes ({@link Hyp}), and GIS models are evaluated by {@link GisEval}. With the
 * lemmatizers' hundreds of outcomes this was most of the language layer's time. Not thread-safe.
 */
final class Beam {
    private static final double MIN_SEQUENCE_SCORE = -100000;   // BeamSearch.zeroLog
    private static final int MAX_SEEN = 2048;                   // contexts remembered per story, at most

    private final int size;
    private final MaxentModel model;
    private final String[] outcomeNames;
    private final double[] probs;
    private final Map<List<String>, double[]> seen = new HashMap<>();
    private final GisEval gis;

    /** A beam of {@code size} over {@code model}; {@code probe} is a context to check the fast evaluation with. */
    Beam(int size, MaxentModel model, String[] probe) {
        this.size = size;
        this.model = model;
        this.gis = GisEval.of(model, probe);
        this.probs = new double[model.getNumOutcomes()];
        this.outcomeNames = new String[model.getNumOutcomes()];
        for (int i = 0; i < outcomeNames.length; i++) {
            outcomeNames[i] = model.getOutcome(i);
        }
    }

    /** Empties the remembered contexts and exp values (once per story: no story's work depends on another's). */
    void forget() {
        seen.clear();
        if (gis != null) {
            gis.forget();
        }
    }

    /**
     * A partial sequence: OpenNLP's {@code Sequence} without its copies. {@code Sequence(parent, outcome, p)} copies
     * the parent's outcome and probability lists (quadratic in the sentence length) and boxes {@code p}; a link to
     * the parent holds the same outcomes, and the score is the same sum in the same order.
     */
    private static final class Hyp implements Comparable<Hyp> {
        final Hyp parent;
        final String outcome;
        final int length;
        final double score;

        Hyp(Hyp parent, String outcome, double p) {
            this.parent = parent;
            this.outcome = outcome;
            this.length = parent == null ? 0 : parent.length + 1;
            this.score = parent == null ? 0 : parent.score + StrictMath.log(p);   // Sequence(Sequence, String, double)
        }

        String[] outcomes() {
            String[] out = new String[length];
            for (Hyp h = this; h.parent != null; h = h.parent) {
                out[h.length - 1] = h.outcome;
            }
            return out;
        }

        @Override
        public int compareTo(Hyp o) {
            return Double.compare(o.score, score);                      // Sequence.compareTo
        }
    }

    /**
     * The outcomes of the best sequence, exactly as {@code new BeamSearch(size, model).bestSequence(...)} gives
     * them, or null when there is none.
     */
    <T> String[] best(T[] sequence, Object[] additionalContext, BeamSearchContextGenerator<T> cg,
                      SequenceValidator<T> validator) {
        Queue<Hyp> prev = new PriorityQueue<>(size);
        Queue<Hyp> next = new PriorityQueue<>(size);
        prev.add(new Hyp(null, null, 1));
        Object[] extra = additionalContext == null ? new Object[0] : additionalContext;
        try {
            for (int i = 0; i < sequence.length; i++) {
                int sz = Math.min(size, prev.size());
                for (int sc = 0; !prev.isEmpty() && sc < sz; sc++) {
                    Hyp top = prev.remove();
                    String[] outcomes = top.outcomes();
                    String[] contexts = cg.getContext(i, sequence, outcomes, extra);
                    double[] scores = scores(contexts);
                    double min = kthLargest(scores, size);
                    for (int p = 0; p < scores.length; p++) {
                        if (scores[p] >= min) {
                            advance(next, top, i, sequence, outcomes, p, scores[p], validator);
                        }
                    }
                    if (next.isEmpty()) {               // no advanced sequence: advance all valid ones
                        for (int p = 0; p < scores.length; p++) {
                            advance(next, top, i, sequence, outcomes, p, scores[p], validator);
                        }
                    }
                }
                prev.clear();
                Queue<Hyp> tmp = prev;
                prev = next;
                next = tmp;
            }
        } finally {
            if (seen.size() > MAX_SEEN) {
                seen.clear();
            }
        }
        return prev.isEmpty() ? null : prev.remove().outcomes();
    }

    private <T> void advance(Queue<Hyp> next, Hyp top, int i, T[] sequence, String[] outcomes, int p,
                             double score, SequenceValidator<T> validator) {
        String out = outcomeNames[p];
        if (validator.validSequence(i, sequence, outcomes, out)) {
            Hyp ns = new Hyp(top, out, score);
            if (ns.score > MIN_SEQUENCE_SCORE) {
                next.add(ns);
            }
        }
    }

    private double[] scores(String[] contexts) {
        List<String> key = Arrays.asList(contexts);
        double[] s = seen.get(key);
        if (s == null) {
            s = (gis != null ? gis.eval(contexts, probs) : model.eval(contexts, probs)).clone();
            seen.put(key, s);
        }
        return s;
    }

    /**
     * What {@code sorted(scores)[max(0, n - k)]} is: the k-th largest value counting duplicates, or the smallest
     * value when there are fewer than k.
     */
    static double kthLargest(double[] scores, int k) {
        if (scores.length <= k) {
            double min = Double.POSITIVE_INFINITY;
            for (double s : scores) {
                min = Math.min(min, s);
            }
            return scores.length == 0 ? Double.NaN : min;
        }
        double[] top = new double[k];                   // descending; top[k-1] is the k-th largest so far
        Arrays.fill(top, Double.NEGATIVE_INFINITY);
        for (double s : scores) {
            if (s > top[k - 1]) {
                int j = k - 1;
                while (j > 0 && top[j - 1] < s) {
                    top[j] = top[j - 1];
                    j--;
                }
                top[j] = s;
            }
        }
        return top[k - 1];
    }
}
