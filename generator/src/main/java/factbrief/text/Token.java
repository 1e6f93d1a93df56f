package factbrief.text;

/** A token of a story: char offsets into the story text, its POS tag (UD, or "X" when unknown) and lemma. */
public record Token(int start, int end, String text, String pos, String lemma, String folded) {
    public boolean isProperNoun() {
        return "PROPN".equals(pos);
    }

    public boolean isCapitalized() {
        return !text.isEmpty() && Character.isUpperCase(text.codePointAt(0));
    }

    public boolean isWord() {
        return !text.isEmpty() && Character.isLetter(text.codePointAt(0));
    }
}
