package factbrief.model;

import java.util.Locale;

/** How firm a follow-up is, from signed to merely floated. */
public enum FollowUpStatus {
    AGREED, PLANNED, UNDER_CONSIDERATION, PROPOSED;

    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
