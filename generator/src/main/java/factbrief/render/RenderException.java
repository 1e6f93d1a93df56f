package factbrief.render;

import factbrief.model.FactbriefException;

/** A brief that could not be rendered: a broken template folder or a rendering failure. */
public final class RenderException extends FactbriefException {
    private static final long serialVersionUID = 1L;
    /** Exit status: the brief was not written. */
    public static final int EXIT = 1;

    public RenderException(String message, Throwable cause) {
        super(message, EXIT, cause);
    }

    public RenderException(String message) {
        super(message, EXIT);
    }
}
