package factbrief.run;

import factbrief.extract.Claims;
import factbrief.extract.Extractor;
import factbrief.model.Cluster;
import factbrief.model.Facts;
import factbrief.model.Story;
import factbrief.reconcile.Reconciler;
import factbrief.text.AnalyzedStory;
import factbrief.text.LanguageLayer;

import java.time.LocalDate;
import java.util.List;

/** The stages from a read cluster to its facts: language layer, extraction per story, reconciliation. */
public final class Pipeline {
    private final LanguageLayer layer;

    public Pipeline(LanguageLayer layer) {
        this.layer = layer;
    }

    /**
     * The facts of a cluster. Stories go through the language layer in parallel (each on its own, so the result
     * is the same as one by one): on a single brief this spreads model loading and tagging over the cores.
     */
    public Facts facts(Cluster cluster, LocalDate asOf) {
        List<AnalyzedStory> analyzed = cluster.stories().parallelStream().map(this::analyze).toList();
        Extractor extractor = new Extractor(cluster);
        List<Claims> claims = analyzed.stream().map(extractor::extract).toList();
        return new Reconciler(cluster).reconcile(analyzed, claims, asOf);
    }

    private AnalyzedStory analyze(Story s) {
        String lang = s.language() != null ? s.language() : layer.detect(s.text()).orElse("und");
        return layer.analyze(s, lang);
    }
}
