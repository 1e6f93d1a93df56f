package factbrief.view;

import java.util.Objects;

/** One step of shrinking a view to fit the PDF page: drop the item with {@code key}, or shorten its quote. */
public record Cut(Kind kind, String key) {
    /** What the step does. */
    public enum Kind { DROP, SHORTEN }

    public Cut {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(key, "key");
    }

    static Cut drop(String key) {
        return new Cut(Kind.DROP, key);
    }

    static Cut shorten(String key) {
        return new Cut(Kind.SHORTEN, key);
    }
}
