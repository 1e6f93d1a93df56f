package factbrief.eval;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Lenient reads of optional fields from Jackson trees: absent or null values read as null or empty. */
final class Json {
    private Json() {
    }

    /** A field's text, or null when absent, null or not a scalar. */
    static String text(JsonNode node, String field) {
        JsonNode v = node == null ? null : node.get(field);
        return v == null || v.isNull() || v.isContainerNode() ? null : v.asText();
    }

    /** The elements of an array field; empty when absent or not an array. */
    static List<JsonNode> array(JsonNode node, String field) {
        JsonNode v = node == null ? null : node.get(field);
        List<JsonNode> out = new ArrayList<>();
        if (v != null && v.isArray()) {
            v.forEach(out::add);
        }
        return out;
    }

    /** The texts of an array of strings (or of objects with a {@code name}), skipping nulls. */
    static List<String> names(JsonNode node, String field) {
        List<String> out = new ArrayList<>();
        for (JsonNode e : array(node, field)) {
            String s = e.isTextual() ? e.asText() : text(e, "name");
            if (s != null && !s.isBlank()) {
                out.add(s);
            }
        }
        return out;
    }

    /** A gold item's {@code stories}. */
    static Set<String> stories(JsonNode node) {
        Set<String> out = new LinkedHashSet<>();
        for (JsonNode e : array(node, "stories")) {
            if (e.isTextual()) {
                out.add(e.asText());
            }
        }
        return out;
    }

    /** The stories cited by a brief item's {@code evidence}. */
    static Set<String> evidenceStories(JsonNode node) {
        Set<String> out = new LinkedHashSet<>();
        for (JsonNode e : array(node, "evidence")) {
            String s = text(e, "story");
            if (s != null) {
                out.add(s);
            }
        }
        return out;
    }

    /** A name that may be given as a string or as an object with {@code name} (falling back to {@code entity}). */
    static String name(JsonNode node, String field) {
        JsonNode v = node == null ? null : node.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (v.isTextual()) {
            return v.asText();
        }
        String n = text(v, "name");
        return n != null ? n : text(v, "entity");
    }
}
