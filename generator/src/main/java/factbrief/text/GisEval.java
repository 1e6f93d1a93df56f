package factbrief.text;

import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.MaxentModel;

import java.util.Arrays;
import java.util.Map;

/**
 * {@link GISModel#eval(String[], double[])} with the same arithmetic in the same order, so every probability is the
 * same double, but {@code exp} is computed only for the outcomes a context's features touch (the others keep the
 * uniform prior, whose {@code exp} is computed once), and an outcome's {@code exp} is remembered by the bits of its
 * sum: a context of the lemmatizers touches nearly all of their hundreds of outcomes, most outcomes only through
 * a few common features, so the same sums come back token after token. Each outcome remembers {@value #WAYS} sums
 * (a slot chosen by a hash of the sum's bits); on the seed cluster that leaves 0.3 of 1.6 million {@code exp}
 * calls to compute. The memory holds values of a pure function, so no result depends on it; it is emptied per
 * story all the same ({@link #forget()}). Not thread-safe.
 */
final class GisEval {
    private static final int WAYS = 8;                          // a power of two
    private static final int WAY_BITS = Integer.numberOfTrailingZeros(WAYS);
    private static final long NO_SUM = 0x7ff8_dead_beef_0001L;   // a NaN, which no sum of the parameters is

    private final Map<String, Context> predicates;
    private final int outcomes;
    private final double prior;
    private final double expPrior;
    private final double[] sums;
    private final int[] stamp;
    private final long[] memoSum;
    private final double[] memoExp;
    private int epoch;

    @SuppressWarnings("unchecked")
    private GisEval(GISModel model) {
        this.predicates = (Map<String, Context>) model.getDataStructures()[1];
        this.outcomes = model.getNumOutcomes();
        this.prior = StrictMath.log(1.0 / outcomes);            // UniformPrior's log prior
        this.expPrior = StrictMath.exp(prior);
        this.sums = new double[outcomes];
        this.stamp = new int[outcomes];
        this.memoSum = new long[outcomes * WAYS];
        this.memoExp = new double[outcomes * WAYS];
        forget();
    }

    /** Empties the memory of {@code exp} values. */
    void forget() {
        Arrays.fill(memoSum, NO_SUM);
    }

    /** {@code StrictMath.exp(sum)}, from memory when outcome {@code oid} has met this sum before. */
    private double exp(int oid, double sum) {
        long bits = Double.doubleToRawLongBits(sum);
        int slot = oid * WAYS + (int) (((bits ^ (bits >>> 29)) * 0x9E37_79B9_7F4A_7C15L) >>> (64 - WAY_BITS));
        if (memoSum[slot] == bits) {
            return memoExp[slot];
        }
        double v = StrictMath.exp(sum);
        memoSum[slot] = bits;
        memoExp[slot] = v;
        return v;
    }

    /**
     * An evaluator for {@code model}, or null when it is not a GIS model or a probe shows that it evaluates
     * differently (another prior), so that the caller uses the model itself.
     */
    static GisEval of(MaxentModel model, String[] probe) {
        if (!(model instanceof GISModel gis)) {
            return null;
        }
        GisEval e = new GisEval(gis);
        double[] expected = gis.eval(probe, new double[e.outcomes]);
        double[] actual = e.eval(probe, new double[e.outcomes]);
        return Arrays.equals(expected, actual) ? e : null;
    }

    /** The outcome probabilities of {@code context}, written into {@code out} (of the model's outcome count). */
    double[] eval(String[] context, double[] out) {
        if (++epoch == 0) {
            Arrays.fill(stamp, 0);
            epoch = 1;
        }
        for (String feature : context) {
            Context c = predicates.get(feature);
            if (c == null) {
                continue;
            }
            int[] active = c.getOutcomes();
            double[] parameters = c.getParameters();
            for (int ai = 0; ai < active.length; ai++) {
                int oid = active[ai];
                if (stamp[oid] != epoch) {
                    stamp[oid] = epoch;
                    sums[oid] = prior;
                }
                sums[oid] += parameters[ai] * 1.0;             // ArrayMath.sumFeatures with value 1
            }
        }
        double normal = 0.0;
        for (int oid = 0; oid < outcomes; oid++) {
            double v = stamp[oid] == epoch ? exp(oid, sums[oid]) : expPrior;
            out[oid] = v;
            normal += v;
        }
        for (int oid = 0; oid < outcomes; oid++) {
            out[oid] /= normal;
        }
        return out;
    }
}
