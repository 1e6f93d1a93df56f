package factbrief.extract;

import factbrief.annotate.Annotator;
import factbrief.annotate.Gazetteer;
import factbrief.annotate.RawStory;
import factbrief.model.Cluster;
import factbrief.model.Facts;
import factbrief.model.PartialDate;
import factbrief.run.Pipeline;
import factbrief.text.LanguageLayer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Builds small annotated clusters from invented stories: {@code story(id, lang, published, text)}. */
public final class Fixtures {
    private final List<RawStory> stories = new ArrayList<>();
    private final List<String> focus = new ArrayList<>();
    private java.nio.file.Path gazetteer;

    public static Fixtures cluster() {
        return new Fixtures();
    }

    public Fixtures story(String id, String language, String published, String text) {
        stories.add(new RawStory(id, text, language, null, id + ".example",
                published == null ? null : PartialDate.parse(published).orElseThrow(), null));
        return this;
    }

    public Fixtures story(String id, String site, String language, String published, String text) {
        stories.add(new RawStory(id, text, language, null, site,
                published == null ? null : PartialDate.parse(published).orElseThrow(), null));
        return this;
    }

    public Fixtures focus(String... names) {
        focus.addAll(List.of(names));
        return this;
    }

    /** A user gazetteer (the {@code --gazetteer FILE} format), written to a temporary file. */
    public Fixtures gazetteer(String json) {
        try {
            gazetteer = java.nio.file.Files.createTempFile("gazetteer", ".json");
            gazetteer.toFile().deleteOnExit();
            java.nio.file.Files.writeString(gazetteer, json);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return this;
    }

    public Cluster annotated() {
        return new Annotator(Gazetteer.load(gazetteer), LanguageLayer.shared()).annotate("test-cluster", "Test cluster",
                stories, focus);
    }

    public Facts facts() {
        return new Pipeline(LanguageLayer.shared()).facts(annotated(), LocalDate.of(2031, 1, 1));
    }
}
