package factbrief.eval;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;

/**
 * Scores one category by a one-to-one assignment of predicted to gold items. Pairs that are not candidates never
 * match; among candidates the assignment maximises first the number of required gold items matched, then the number
 * of optional ones, then the summed tie-break scores.
 */
final class Matching {
    private static final double REQUIRED = 1e6;
    private static final double OPTIONAL = 1e3;

    /** Whether a pair may match, and how well (a tie-break in [0, 10]); a negative value means not a candidate. */
    @FunctionalInterface
    interface Pair<P, G> {
        double score(P predicted, G gold);
    }

    /** A matched pair of predicted and required gold item. */
    record Matched<P, G>(P predicted, G gold) {
    }

    /** The category's score and its matched pairs (for secondary figures). */
    record Result<P, G>(Score score, List<Matched<P, G>> matched) {
        Result {
            matched = List.copyOf(matched);
        }
    }

    private Matching() {
    }

    static <P, G> Result<P, G> run(String category, List<P> predicted, List<G> gold, List<G> optional,
                                   Pair<P, G> pair, Function<P, String> predictedLabel,
                                   Function<G, String> goldLabel) {
        int cols = gold.size() + optional.size();
        double[][] w = new double[predicted.size()][cols];
        for (int i = 0; i < predicted.size(); i++) {
            for (int j = 0; j < cols; j++) {
                boolean required = j < gold.size();
                G g = required ? gold.get(j) : optional.get(j - gold.size());
                double s = pair.score(predicted.get(i), g);
                if (s >= 0) {
                    w[i][j] = (required ? REQUIRED : OPTIONAL) + Math.min(s, 10);
                }
            }
        }
        int[] to = Assignment.maximize(w);
        boolean[] goldHit = new boolean[gold.size()];
        List<Matched<P, G>> matched = new ArrayList<>();
        List<String> extras = new ArrayList<>();
        int counted = 0;
        for (int i = 0; i < predicted.size(); i++) {
            int j = to[i];
            if (j >= gold.size()) {
                continue;
            }
            counted++;
            if (j >= 0) {
                goldHit[j] = true;
                matched.add(new Matched<>(predicted.get(i), gold.get(j)));
            } else {
                extras.add(predictedLabel.apply(predicted.get(i)));
            }
        }
        List<String> misses = new ArrayList<>();
        for (int j = 0; j < gold.size(); j++) {
            if (!goldHit[j]) {
                misses.add(goldLabel.apply(gold.get(j)));
            }
        }
        Score score = Score.of(category, matched.size(), counted, gold.size(), misses, extras);
        return new Result<>(score, matched);
    }

    /** "[a, b]" for a set of story ids. */
    static String stories(Collection<String> ids) {
        return "[" + String.join(", ", ids) + "]";
    }
}
