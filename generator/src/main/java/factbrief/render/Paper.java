package factbrief.render;

/** The paper a PDF brief is laid out on. */
public enum Paper {
    A4("A4", 210f, 297f),
    LETTER("letter", 215.9f, 279.4f);

    private final String cssSize;
    private final float widthMm;
    private final float heightMm;

    Paper(String cssSize, float widthMm, float heightMm) {
        this.cssSize = cssSize;
        this.widthMm = widthMm;
        this.heightMm = heightMm;
    }

    /** The CSS {@code @page size} keyword. */
    public String cssSize() {
        return cssSize;
    }

    public float widthMm() {
        return widthMm;
    }

    public float heightMm() {
        return heightMm;
    }
}
