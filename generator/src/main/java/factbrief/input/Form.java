package factbrief.input;

import java.util.regex.Pattern;

/** The patterned strings of the contract; the schema holds the same regexes, anchored with ^ and $. */
enum Form {
    CLUSTER_ID("[a-z0-9][a-z0-9-]{0,79}", "is not a cluster id ([a-z0-9][a-z0-9-]{0,79})"),
    ENTITY_ID("[A-Za-z0-9][A-Za-z0-9._:-]{0,127}", "is not an entity id ([A-Za-z0-9][A-Za-z0-9._:-]{0,127})"),
    STORY_ID("[A-Za-z0-9][A-Za-z0-9._-]{0,127}", "is not a story id ([A-Za-z0-9][A-Za-z0-9._-]{0,127})"),
    LANGUAGE("[a-z]{2}", "is not an ISO 639-1 language code (two lowercase letters)"),
    WEEK("[0-9]{4}-W(0[1-9]|[1-4][0-9]|5[0-3])", "is not an ISO week like 2025-W19"),
    DATE("[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?", "is not a date like 2025, 2025-05 or 2025-05-14"),
    URL("[Hh][Tt][Tt][Pp][Ss]?://[^\\s]+", "is not an http or https URL");

    private final String regex;
    private final Pattern pattern;
    private final String complaint;

    Form(String regex, String complaint) {
        this.regex = regex;
        this.pattern = Pattern.compile(regex);
        this.complaint = complaint;
    }

    /** The regex as the schema writes it. */
    String schemaPattern() {
        return "^" + regex + "$";
    }

    /** True when the whole value matches (a schema's {@code $} also matches before a final line feed). */
    boolean matches(String value) {
        return pattern.matcher(value).matches();
    }

    String reason(String value) {
        return Strings.quote(value) + " " + complaint;
    }

    /** The form whose schema pattern is {@code schemaPattern}, or null. */
    static Form ofSchemaPattern(String schemaPattern) {
        for (Form f : values()) {
            if (f.schemaPattern().equals(schemaPattern)) {
                return f;
            }
        }
        return null;
    }
}
