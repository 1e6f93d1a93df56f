package factbrief.model;

/** The root of factbrief's own failures; each carries the process exit status it maps to. */
public class FactbriefException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int exitCode;

    public FactbriefException(String message, int exitCode, Throwable cause) {
        super(message, cause);
        this.exitCode = exitCode;
    }

    public FactbriefException(String message, int exitCode) {
        this(message, exitCode, null);
    }

    public int exitCode() {
        return exitCode;
    }
}
