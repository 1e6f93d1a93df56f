package factbrief.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import factbrief.view.DigestViews;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** What the week's index shows of a brief, read back from the brief's {@code factbrief.brief/1} JSON. */
final class BriefSummary {
    private static final ObjectMapper JSON = new ObjectMapper();

    private BriefSummary() {
    }

    static DigestViews.Brief of(byte[] briefJson) {
        JsonNode root;
        try {
            root = JSON.readTree(briefJson);
        } catch (IOException e) {
            throw new UncheckedIOException("a brief JSON this run wrote does not parse", e);
        }
        JsonNode chosen = null;
        for (JsonNode m : root.path("meetings")) {
            if (!m.path("background").asBoolean(false)) {
                chosen = m;
                break;
            }
            if (chosen == null) {
                chosen = m;
            }
        }
        DigestViews.Meeting meeting = null;
        if (chosen != null) {
            List<String> names = new ArrayList<>();
            for (JsonNode p : chosen.path("participants")) {
                names.add(p.path("name").asText(null));
            }
            meeting = new DigestViews.Meeting(names.stream().filter(n -> n != null).toList(),
                    chosen.path("place").asText(null), chosen.path("date").asText(null),
                    chosen.path("background").asBoolean(false));
        }
        JsonNode disagreements = root.get("disagreements");
        return new DigestViews.Brief(root.path("cluster").path("id").asText(),
                root.path("cluster").path("title").asText(null), meeting, root.path("positions").size(),
                disagreements == null || !disagreements.isArray() ? -1 : disagreements.size());
    }
}
