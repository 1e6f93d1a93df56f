package factbrief.text;

import opennlp.tools.ml.BeamSearch;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSContextGenerator;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTagFormatMapper;
import opennlp.tools.postag.POSTaggerFactory;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.util.SequenceValidator;

/**
 * {@link POSTaggerME#tag(String[])} (UD tags) with the same model, context generator, validator and beam size,
 * decoded through {@link Beam}: the same tags in less time. Models that are not plain maxent models, or whose tags
 * POSTaggerME would convert, fall back to {@link POSTaggerME}. Not thread-safe.
 */
final class Tagger {
    private static final String MODEL_ENTRY = "pos.model";

    private final Beam beam;
    private final POSContextGenerator contexts;
    private final SequenceValidator<String> validator;
    private final POSTaggerME fallback;

    Tagger(POSModel model) {
        Object artifact = model.getArtifact(MODEL_ENTRY);
        if (artifact instanceof MaxentModel maxent && POSTagFormatMapper.guessFormat(model) == POSTagFormat.UD) {
            String size = model.getManifestProperty(BeamSearch.BEAM_SIZE_PARAMETER);
            int beamSize = size == null ? POSTaggerME.DEFAULT_BEAM_SIZE : Integer.parseInt(size);
            POSTaggerFactory factory = model.getFactory();
            this.beam = new Beam(beamSize, maxent, new String[] {"default", "w=the", "p=bos", "suf=he"});
            this.contexts = factory.getPOSContextGenerator(beamSize);
            this.validator = factory.getSequenceValidator();
            this.fallback = null;
        } else {
            this.beam = null;
            this.contexts = null;
            this.validator = null;
            this.fallback = new POSTaggerME(model);
        }
    }

    /** One UD tag per word. */
    String[] tag(String[] words) {
        if (fallback != null) {
            return fallback.tag(words);
        }
        return beam.best(words, null, contexts, validator);
    }

    /** Empties the decoder's per-story memory. */
    void forget() {
        if (beam != null) {
            beam.forget();
        }
    }
}
