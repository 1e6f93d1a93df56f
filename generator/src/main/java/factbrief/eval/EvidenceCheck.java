package factbrief.eval;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Finds evidence spans whose text is not the story slice they point at (code-point offsets, end exclusive). */
final class EvidenceCheck {
    private final Map<String, String> texts = new HashMap<>();

    /** Story texts from {@code {"stories":[{"id","text"}]}} (a cluster or devset file) or a bare array of them. */
    EvidenceCheck(JsonNode stories) {
        JsonNode list = stories.isArray() ? stories : stories.get("stories");
        if (list == null || !list.isArray()) {
            throw new IllegalArgumentException("no \"stories\" array in the story file");
        }
        for (JsonNode s : list) {
            String id = Json.text(s, "id");
            String text = Json.text(s, "text");
            if (id != null && text != null) {
                texts.put(id, text);
            }
        }
    }

    /** One line per bad span in the brief: its JSON pointer and what is wrong. */
    List<String> bad(JsonNode brief) {
        List<String> out = new ArrayList<>();
        walk(brief, "", out);
        return out;
    }

    private void walk(JsonNode node, String pointer, List<String> out) {
        if (node.isObject()) {
            node.properties().forEach(e -> {
                String here = pointer + "/" + e.getKey().replace("~", "~0").replace("/", "~1");
                if (e.getKey().equals("evidence") && e.getValue().isArray()) {
                    for (int i = 0; i < e.getValue().size(); i++) {
                        String problem = check(e.getValue().get(i));
                        if (problem != null) {
                            out.add(here + "/" + i + ": " + problem);
                        }
                    }
                } else {
                    walk(e.getValue(), here, out);
                }
            });
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(node.get(i), pointer + "/" + i, out);
            }
        }
    }

    /** What is wrong with one span, or null when its text is the slice. */
    String check(JsonNode span) {
        String story = Json.text(span, "story");
        JsonNode start = span.get("start");
        JsonNode end = span.get("end");
        String text = Json.text(span, "text");
        if (story == null || text == null || !isInt(start) || !isInt(end)) {
            return "incomplete span";
        }
        String full = texts.get(story);
        if (full == null) {
            return "unknown story " + story;
        }
        int s = start.asInt();
        int e = end.asInt();
        int length = full.codePointCount(0, full.length());
        if (s < 0 || e < s || e > length) {
            return story + " [" + s + ", " + e + ") is outside the text (" + length + " code points)";
        }
        String slice = full.substring(full.offsetByCodePoints(0, s), full.offsetByCodePoints(0, e));
        if (Objects.equals(slice, text)) {
            return null;
        }
        return story + " [" + s + ", " + e + "): text " + show(text) + " but slice " + show(slice);
    }

    private static boolean isInt(JsonNode n) {
        return n != null && n.isIntegralNumber() && n.canConvertToInt();
    }

    /** A quoted excerpt that keeps spaces visible and escapes line breaks, cut at 40 code points. */
    private static String show(String s) {
        String t = s.replace("\r", "\\r").replace("\n", "\\n");
        if (t.codePointCount(0, t.length()) > 40) {
            t = t.substring(0, t.offsetByCodePoints(0, 39)) + "…";
        }
        return "\"" + t + "\"";
    }
}
