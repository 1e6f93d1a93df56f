package factbrief.input;

import factbrief.model.FactbriefException;

import java.nio.file.Path;

/**
 * An input file that breaks the contract. The message names the file, the JSON pointer and, for syntax errors,
 * the line and column: {@code cluster.json: /stories/2/mentions/0/end: 412 is past the end of the text (300)}.
 */
public final class InputException extends FactbriefException {
    private static final long serialVersionUID = 1L;
    /** Exit status for rejected input. */
    public static final int EXIT = 1;

    private final transient Path file;
    private final String pointer;
    private final int line;
    private final int column;
    private final String reason;

    public InputException(Path file, String pointer, int line, int column, String reason, Throwable cause) {
        super(format(file, pointer, line, column, reason), EXIT, cause);
        this.file = file;
        this.pointer = pointer;
        this.line = line;
        this.column = column;
        this.reason = reason;
    }

    public InputException(Path file, String pointer, String reason) {
        this(file, pointer, 0, 0, reason, null);
    }

    private static String format(Path file, String pointer, int line, int column, String reason) {
        StringBuilder sb = new StringBuilder(String.valueOf(file));
        if (line > 0) {
            sb.append(':').append(line).append(':').append(column);
        }
        sb.append(": ");
        if (pointer != null) {
            sb.append(pointer.isEmpty() ? "/" : pointer).append(": ");
        }
        return sb.append(reason).toString();
    }

    public Path file() {
        return file;
    }

    /** The JSON pointer of the offending value ("" for the whole document), or null when unknown. */
    public String pointer() {
        return pointer;
    }

    /** 1-based line of a syntax error, or 0. */
    public int line() {
        return line;
    }

    /** 1-based column of a syntax error, or 0. */
    public int column() {
        return column;
    }

    public String reason() {
        return reason;
    }
}
