package factbrief.model;

import java.util.Locale;

/** Why a source does not count, or counts less, as independent confirmation of the event. */
public enum SourceFlagKind {
    MACHINE_GENERATED, OFF_EVENT, STALE, TRANSLATION_OF, DUPLICATE_OF, UNSUPPORTED_LANGUAGE, LOW_INFORMATION;

    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
