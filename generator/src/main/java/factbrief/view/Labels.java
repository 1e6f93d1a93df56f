package factbrief.view;

import java.text.MessageFormat;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/** The labels of one language: every value is a {@link MessageFormat} pattern, formatted with the labels' locale. */
public final class Labels {
    private final Locale locale;
    private final Map<String, String> patterns;
    private final Map<String, String> plain;

    Labels(Locale locale, Map<String, String> patterns) {
        this.locale = Objects.requireNonNull(locale, "locale");
        this.patterns = Collections.unmodifiableMap(new TreeMap<>(patterns));
        Map<String, String> texts = new TreeMap<>();
        this.patterns.forEach((key, pattern) -> texts.put(key, new MessageFormat(pattern, locale).format(new Object[0])));
        this.plain = Collections.unmodifiableMap(texts);
    }

    /** The locale labels, dates and numbers are formatted for. */
    public Locale locale() {
        return locale;
    }

    /** The label for {@code key} with its arguments filled in. */
    public String format(String key, Object... args) {
        String pattern = patterns.get(key);
        if (pattern == null) {
            throw new IllegalArgumentException("no label '" + key + "' for " + locale.toLanguageTag());
        }
        return new MessageFormat(pattern, locale).format(args);
    }

    /** The label for {@code key}, for labels without arguments. */
    public String get(String key) {
        String text = plain.get(key);
        if (text == null) {
            throw new IllegalArgumentException("no label '" + key + "' for " + locale.toLanguageTag());
        }
        return text;
    }

    /** Every label formatted without arguments, sorted by key: what templates read. */
    public Map<String, String> asMap() {
        return plain;
    }
}
