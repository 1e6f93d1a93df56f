package factbrief.input;

/**
 * Read limits that keep a hostile file from exhausting memory or stack. Lengths of JSON strings are in chars.
 *
 * @param maxDocumentBytes largest file accepted
 * @param maxStringLength longest JSON string the parser builds
 * @param maxNameLength longest JSON property name
 * @param maxNestingDepth deepest nesting of arrays and objects
 * @param maxNumberLength longest number literal
 */
record Limits(int maxDocumentBytes, int maxStringLength, int maxNameLength, int maxNestingDepth, int maxNumberLength) {
    static final Limits DEFAULT = new Limits(64 << 20, 32 << 20, 1000, 64, 100);

    Limits {
        if (maxDocumentBytes <= 0 || maxStringLength <= 0 || maxNameLength <= 0 || maxNestingDepth <= 0
                || maxNumberLength <= 0) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }
}
