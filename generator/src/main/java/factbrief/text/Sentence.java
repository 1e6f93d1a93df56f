package factbrief.text;

import java.util.List;

/** A sentence: char offsets into the story text and its tokens. */
public record Sentence(int index, int start, int end, String text, List<Token> tokens) {
    public Sentence {
        tokens = List.copyOf(tokens);
    }

    public boolean contains(int charStart, int charEnd) {
        return charStart >= start && charEnd <= end;
    }

    /** The index of the first token that starts at or after a char offset, or tokens().size(). */
    public int tokenAt(int charOffset) {
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).end() > charOffset) {
                return i;
            }
        }
        return tokens.size();
    }
}
