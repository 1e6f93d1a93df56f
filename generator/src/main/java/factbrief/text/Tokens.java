package factbrief.text;

import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.Span;
import opennlp.tools.util.StringUtil;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@link TokenizerME#tokenizePos(String)} that asks the model once per distinct whitespace-separated word of a
 * story: TokenizerME splits every such word on its own (its decisions depend on the word alone), so a word's
 * splits are remembered and reused at its next occurrence. The memory is emptied by {@link #forget()} (once per
 * story), so no brief depends on what came before it. Not thread-safe.
 */
final class Tokens {
    private final TokenizerME tokenizer;
    private final Map<String, Span[]> seen = new HashMap<>();

    Tokens(TokenizerModel model) {
        this.tokenizer = new TokenizerME(model);
    }

    /** Empties the memory of words. */
    void forget() {
        seen.clear();
    }

    /** The token spans of {@code text}, exactly as TokenizerME gives them. */
    Span[] tokenizePos(String text) {
        List<Span> out = new ArrayList<>();
        int end = text.length();
        int start = -1;
        for (int i = 0; i <= end; i++) {
            boolean space = i == end || StringUtil.isWhitespace(text.charAt(i));
            if (!space && start < 0) {
                start = i;
            } else if (space && start >= 0) {
                word(text, start, i, out);
                start = -1;
            }
        }
        return out.toArray(new Span[0]);
    }

    private void word(String text, int start, int end, List<Span> out) {
        if (end - start < 2) {                          // TokenizerME cannot split a single character
            out.add(new Span(start, end));
            return;
        }
        Span[] parts = seen.computeIfAbsent(text.substring(start, end), tokenizer::tokenizePos);
        for (Span p : parts) {
            out.add(new Span(start + p.getStart(), start + p.getEnd()));
        }
    }
}
