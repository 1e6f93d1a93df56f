package factbrief.text;

import opennlp.tools.lemmatizer.LemmatizerContextGenerator;
import opennlp.tools.lemmatizer.LemmatizerFactory;
import opennlp.tools.lemmatizer.LemmatizerME;
import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.ml.BeamSearch;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.SequenceValidator;

/**
 * {@link LemmatizerME#lemmatize(String[], String[])} with the same model, context generator, validator and beam
 * size, decoded through {@link Beam} (same lemmas, a fraction of the time). Models whose lemmatizer is not a plain
 * maxent model fall back to {@link LemmatizerME}. Not thread-safe.
 */
final class Lemmas {
    private static final String MODEL_ENTRY = "lemmatizer.model";

    private final Beam beam;
    private final LemmatizerContextGenerator contexts;
    private final SequenceValidator<String> validator;
    private final LemmatizerME fallback;

    Lemmas(LemmatizerModel model) {
        Object artifact = model.getArtifact(MODEL_ENTRY);
        if (artifact instanceof MaxentModel maxent) {
            String beamSize = model.getManifestProperty(BeamSearch.BEAM_SIZE_PARAMETER);
            LemmatizerFactory factory = model.getFactory();
            this.beam = new Beam(beamSize == null ? LemmatizerME.DEFAULT_BEAM_SIZE : Integer.parseInt(beamSize),
                    maxent, new String[] {"w0=the", "t0=DET", "p_1=bos", "suf=he", "pre=th"});
            this.contexts = factory.getContextGenerator();
            this.validator = factory.getSequenceValidator();
            this.fallback = null;
        } else {
            this.beam = null;
            this.contexts = null;
            this.validator = null;
            this.fallback = new LemmatizerME(model);
        }
    }

    /** One lemma per token, as OpenNLP's lemmatizer gives it ("O" or "_" where it has none). */
    String[] lemmatize(String[] tokens, String[] tags) {
        if (fallback != null) {
            return fallback.lemmatize(tokens, tags);
        }
        return LemmatizerME.decodeLemmas(tokens, beam.best(tokens, new Object[] {tags}, contexts, validator));
    }

    /** Empties the decoder's per-story memory. */
    void forget() {
        if (beam != null) {
            beam.forget();
        }
    }
}
