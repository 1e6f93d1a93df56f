package factbrief.text;

import factbrief.model.Story;

import java.util.List;
import java.util.Optional;

/** A story with its language settled and its text split into sentences and tokens. */
public record AnalyzedStory(Story story, String language, boolean supported, List<Sentence> sentences,
                            Lexicon lexicon) {
    public AnalyzedStory {
        sentences = List.copyOf(sentences);
    }

    /** The sentence holding a char offset. */
    public Optional<Sentence> sentenceAt(int charOffset) {
        for (Sentence s : sentences) {
            if (charOffset >= s.start() && charOffset < s.end()) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
