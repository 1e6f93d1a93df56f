package factbrief.model;

import java.util.Locale;

/** The attitude of a stated position towards its target. */
public enum Stance {
    NEGATIVE, POSITIVE, NEUTRAL, MIXED;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
