package factbrief.text;

import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.MaxentModel;

import java.util.Arrays;
import java.util.Map;

/**
 * {@link GISModel#eval(String[], double[])} with the same arithmetic in the same order, so every probability is the
 * same double, but {@code exp} is computed only for the outcomes a context's features touch: the others keep the
 * uniform prior, whose {@code exp} is computed once. A lemmatizer has hundreds of outcomes and a context touches a
 * few, so this removes most of the cost of an evaluation. Not thread-safe.
 */
final class GisEval {
    private final Map<String, Context> predicates;
    private final int outcomes;
    private final double prior;
    private final double expPrior;
    private final double[] sums;
    private final int[] stamp;
    private int epoch;

    @SuppressWarnings("unchecked")
    private GisEval(GISModel model) {
        this.predicates = (Map<String, Context>) model.getDataStructures()[1];
        this.outcomes = model.getNumOutcomes();
        this.prior = StrictMath.log(1.0 / outcomes);            // UniformPrior's log prior
        this.expPrior = StrictMath.exp(prior);
        this.sums = new double[outcomes];
        this.stamp = new int[outcomes];
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
            double v = stamp[oid] == epoch ? StrictMath.exp(sums[oid]) : expPrior;
            out[oid] = v;
            normal += v;
        }
        for (int oid = 0; oid < outcomes; oid++) {
            out[oid] /= normal;
        }
        return out;
    }
}
