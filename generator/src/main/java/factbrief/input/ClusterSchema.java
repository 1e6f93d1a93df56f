package factbrief.input;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The JSON Schema of {@code factbrief.cluster/1}, loaded once; reports the first error in a fixed order. */
final class ClusterSchema {
    static final String RESOURCE = "/factbrief/schema/cluster-1.schema.json";

    private static final class Holder {
        static final JsonNode NODE = load();
        static final JsonSchema SCHEMA = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(NODE, SchemaValidatorsConfig.builder()
                        .pathType(PathType.JSON_POINTER)
                        .locale(Locale.ROOT)
                        .build());
    }

    private ClusterSchema() {
    }

    /** The schema document as a tree. */
    static JsonNode node() {
        return Holder.NODE.deepCopy();
    }

    /** Throws an {@link InputException} for the first schema error of {@code root}, if any. */
    static void check(Path file, JsonNode root) {
        Set<ValidationMessage> messages = Holder.SCHEMA.validate(root);
        if (messages.isEmpty()) {
            return;
        }
        List<Problem> problems = new ArrayList<>();
        for (ValidationMessage m : messages) {
            problems.add(problem(m));
        }
        Problem first = problems.stream().min(Problem.ORDER).orElseThrow();
        throw new InputException(file, first.pointer(), first.reason());
    }

    private static JsonNode load() {
        try (InputStream in = ClusterSchema.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One schema error as pointer and reason. */
    record Problem(String pointer, String type, String reason) {
        static final Comparator<Problem> ORDER = Comparator.comparing(Problem::pointer, ClusterSchema::comparePointers)
                .thenComparing(Problem::type)
                .thenComparing(Problem::reason);
    }

    static Problem problem(ValidationMessage m) {
        String at = m.getInstanceLocation().toString();
        JsonNode value = m.getInstanceNode();
        JsonNode keyword = m.getSchemaNode();
        String type = m.getType();
        switch (type) {
            case "required":
                return new Problem(at, type, "missing required property " + Strings.quote(m.getProperty()));
            case "additionalProperties":
                return new Problem(at + "/" + Strings.escape(Strings.token(m.getProperty())), type,
                        "unknown property" + allowed(m));
            case "type":
                return new Problem(at, type, "expected " + expected(keyword) + ", found " + kind(value));
            case "pattern": {
                Form form = Form.ofSchemaPattern(keyword.asText());
                return new Problem(at, type, form != null ? form.reason(value.asText())
                        : Strings.quote(value.asText()) + " does not match " + keyword.asText());
            }
            case "enum":
                return new Problem(at, type, shown(value) + " is not one of " + join(keyword));
            case "minLength":
                return new Problem(at, type, keyword.asInt() == 1 ? "must not be empty"
                        : "is shorter than " + keyword.asInt() + " characters");
            case "maxLength":
                return new Problem(at, type, String.format(Locale.ROOT, "is %d characters long; the limit is %d",
                        value.asText().codePointCount(0, value.asText().length()), keyword.asInt()));
            case "minItems":
                return new Problem(at, type, keyword.asInt() == 1 ? "must not be empty"
                        : "must have at least " + keyword.asInt() + " items");
            case "minimum":
                return new Problem(at, type, keyword.asText().equals("0") ? shown(value) + " is negative"
                        : shown(value) + " is less than " + keyword.asText());
            case "const":
                return new Problem(at, type, "must be " + shown(keyword));
            default:
                return new Problem(at, type, m.getError());
        }
    }

    /** "; expected one of a, b, c" from the {@code properties} beside the failing {@code additionalProperties}. */
    private static String allowed(ValidationMessage m) {
        String location = m.getSchemaLocation().getFragment().toString();
        if (!location.endsWith("/additionalProperties")) {
            return "";
        }
        JsonNode properties = Holder.NODE.at(location.substring(0, location.length() - "additionalProperties".length())
                + "properties");
        if (!properties.isObject()) {
            return "";
        }
        List<String> names = new ArrayList<>();
        properties.fieldNames().forEachRemaining(names::add);
        return "; expected one of " + String.join(", ", names);
    }

    private static String expected(JsonNode typeKeyword) {
        if (!typeKeyword.isArray()) {
            return typeKeyword.asText();
        }
        List<String> names = new ArrayList<>();
        typeKeyword.forEach(t -> names.add(t.asText()));
        return String.join(" or ", names);
    }

    /** The JSON type of a value as JSON Schema names it. */
    static String kind(JsonNode value) {
        if (value == null || value.isNull()) {
            return "null";
        } else if (value.isTextual()) {
            return "string";
        } else if (value.isIntegralNumber()) {
            return "integer";
        } else if (value.isNumber()) {
            return "number";
        } else if (value.isBoolean()) {
            return "boolean";
        } else if (value.isArray()) {
            return "array";
        }
        return "object";
    }

    private static String shown(JsonNode value) {
        return value.isTextual() ? Strings.quote(value.asText()) : Strings.escape(value.toString());
    }

    private static String join(JsonNode values) {
        List<String> names = new ArrayList<>();
        values.forEach(v -> names.add(v.asText()));
        return String.join(", ", names);
    }

    /** JSON pointers token by token, array indexes as numbers, so /stories/10 comes after /stories/9. */
    static int comparePointers(String a, String b) {
        String[] x = a.isEmpty() ? new String[0] : a.substring(1).split("/", -1);
        String[] y = b.isEmpty() ? new String[0] : b.substring(1).split("/", -1);
        for (int i = 0; i < Math.min(x.length, y.length); i++) {
            int c = isIndex(x[i]) && isIndex(y[i])
                    ? Long.compare(Long.parseLong(x[i]), Long.parseLong(y[i]))
                    : x[i].compareTo(y[i]);
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(x.length, y.length);
    }

    private static boolean isIndex(String token) {
        return !token.isEmpty() && token.length() < 18 && token.chars().allMatch(c -> c >= '0' && c <= '9');
    }
}
