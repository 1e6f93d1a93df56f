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

    private static final java.util.regex.Pattern MARKS = java.util.regex.Pattern.compile("\\p{M}+");
    private static final java.util.regex.Pattern DISTANCE = java.util.regex.Pattern.compile("Distance from (.+)");
    private static final java.util.regex.Pattern SHARE = java.util.regex.Pattern.compile("Owner of the (.+)% share");
    private static final java.util.regex.Pattern COUNT = java.util.regex.Pattern.compile("Number of (.+)");
    private static final java.util.regex.Pattern TOOK_PART = java.util.regex.Pattern.compile("Whether (.+) took part");
    private static final java.util.regex.Pattern ADMINISTRATION = java.util.regex.Pattern.compile(
            "(\\p{Lu}[\\p{L}'’-]+) administration");

    /**
     * Text the pipeline writes in English (a disagreement's topic, a role, a concept, a generated claim) in this
     * language: the label {@code gen.<slug>} when the bundle has one, else the English text itself.
     */
    public String generated(String english) {
        if (english == null || locale.getLanguage().equals("en")) {
            return english; // it is English already
        }
        String own = plain.get("gen." + slug(english));
        if (own != null) {
            return own;
        }
        java.util.regex.Matcher m = DISTANCE.matcher(english);
        if (m.matches() && patterns.containsKey("gen.distanceFrom")) {
            return format("gen.distanceFrom", m.group(1));
        }
        m = SHARE.matcher(english);
        if (m.matches() && patterns.containsKey("gen.ownerOfShare")) {
            return format("gen.ownerOfShare", m.group(1));
        }
        m = COUNT.matcher(english);
        if (m.matches() && patterns.containsKey("gen.numberOf")) {
            return format("gen.numberOf", m.group(1));
        }
        m = TOOK_PART.matcher(english);
        if (m.matches() && patterns.containsKey("gen.whetherTookPart")) {
            return format("gen.whetherTookPart", m.group(1));
        }
        m = ADMINISTRATION.matcher(english);
        if (m.matches() && patterns.containsKey("gen.administrationOf")) {
            return format("gen.administrationOf", m.group(1));
        }
        return english;
    }

    /** A country's English name (as the pipeline writes it) in this language, from the JDK's CLDR data. */
    public String country(String english) {
        if (english == null) {
            return null;
        }
        for (String code : Locale.getISOCountries()) {
            Locale c = new Locale("", code);
            if (c.getDisplayCountry(Locale.ENGLISH).equals(english) || code.equals("US") && english.equals("United States")) {
                return c.getDisplayCountry(locale);
            }
        }
        return english;
    }

    static String slug(String text) {
        String n = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFD);
        return MARKS.matcher(n).replaceAll("").toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-|-$", "");
    }

    /** Every label formatted without arguments, sorted by key: what templates read. */
    public Map<String, String> asMap() {
        return plain;
    }
}
