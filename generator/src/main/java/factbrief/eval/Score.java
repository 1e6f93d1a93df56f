package factbrief.eval;

import java.util.List;
import java.util.Objects;

/**
 * How a brief did in one category: counts, precision, recall and F1, the gold items it missed and the predicted
 * items that match nothing. A category empty on both sides scores 1 everywhere.
 */
public record Score(String category, int truePositives, int predicted, int gold, double precision, double recall,
                    double f1, List<String> misses, List<String> extras) {
    public Score {
        Objects.requireNonNull(category, "category");
        misses = List.copyOf(misses);
        extras = List.copyOf(extras);
        if (truePositives < 0 || truePositives > predicted || truePositives > gold) {
            throw new IllegalArgumentException(category + ": " + truePositives + " true positives of " + predicted
                    + " predicted and " + gold + " gold");
        }
    }

    /**
     * A score from counts. Precision is 1 when nothing was predicted and recall is 1 when there is nothing to find
     * (no wrong prediction, nothing missed); F1 is their harmonic mean, 0 when both are 0.
     */
    public static Score of(String category, int truePositives, int predicted, int gold, List<String> misses,
                           List<String> extras) {
        double p = predicted == 0 ? 1.0 : (double) truePositives / predicted;
        double r = gold == 0 ? 1.0 : (double) truePositives / gold;
        double f = p + r == 0 ? 0.0 : 2 * p * r / (p + r);
        return new Score(category, truePositives, predicted, gold, p, r, f, misses, extras);
    }

    /** Whether this is a secondary figure (named {@code category.aspect}) rather than a scored category. */
    public boolean secondary() {
        return category.indexOf('.') >= 0;
    }
}
