package factbrief.model;

import java.util.Locale;

/** Whether a position is an official's statement or a journalist's own framing. */
public enum PositionKind {
    STATEMENT, FRAMING;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
