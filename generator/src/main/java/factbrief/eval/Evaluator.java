package factbrief.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import factbrief.model.FactbriefException;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Scores a {@code factbrief.brief/1} JSON against a gold JSON (the devset format), category by category, with the
 * language-independent matching rules of MATCHING.md.
 */
public final class Evaluator {
    /** The brief format this evaluator reads. */
    public static final String FORMAT = "factbrief.brief/1";
    /** The scored categories, in report order; secondary figures follow as {@code category.aspect}. */
    public static final List<String> CATEGORIES =
            List.of("meetings", "background", "positions", "followUps", "disagreements", "sourceFlags");
    /** Exit status for an unreadable gold, brief or story file. */
    public static final int EXIT_UNREADABLE = 1;

    private static final ObjectMapper MAPPER = new ObjectMapper();

    /**
     * Scores one brief. The cluster name comes from the gold's {@code cluster}, else the brief's {@code cluster.id};
     * evidence spans are checked only when story texts are given (else the report's count is -1).
     */
    public EvalReport evaluate(JsonNode gold, JsonNode brief, JsonNode storiesOrNull) {
        String format = Json.text(brief, "format");
        if (format != null && !format.equals(FORMAT)) {
            throw new IllegalArgumentException("not a " + FORMAT + " document: format is " + format);
        }
        List<JsonNode> meetings = Json.array(brief, "meetings");
        List<Score> primary = new ArrayList<>();
        List<Score> secondary = new ArrayList<>();
        List<Score> m = Meetings.score("meetings", Json.array(gold, "meetings"), meetings, false);
        List<Score> b = Meetings.score("background", Json.array(gold, "backgroundMeetings"), meetings, true);
        List<Score> p = Positions.score("positions", Json.array(gold, "positions"),
                Json.array(gold, "optionalPositions"), Json.array(brief, "positions"));
        primary.add(m.get(0));
        primary.add(b.get(0));
        primary.add(p.get(0));
        primary.add(FollowUps.score("followUps", Json.array(gold, "followUps"),
                Json.array(gold, "optionalFollowUps"), Json.array(brief, "followUps")));
        primary.add(Disagreements.score("disagreements", Json.array(gold, "disagreements"),
                Json.array(gold, "optionalDisagreements"), Json.array(brief, "disagreements")));
        primary.add(SourceFlags.score("sourceFlags", Json.array(gold, "sourceFlags"),
                Json.array(gold, "optionalSourceFlags"), Json.array(brief, "sources")));
        secondary.addAll(m.subList(1, m.size()));
        secondary.addAll(b.subList(1, b.size()));
        secondary.addAll(p.subList(1, p.size()));
        primary.addAll(secondary);
        int bad = storiesOrNull == null ? -1 : badEvidence(brief, storiesOrNull).size();
        return new EvalReport(clusterName(gold, brief), primary, bad);
    }

    /** The evidence spans of the brief whose text is not the story slice, one line each with its JSON pointer. */
    public List<String> badEvidence(JsonNode brief, JsonNode stories) {
        return new EvidenceCheck(stories).bad(brief);
    }

    /** Reads a JSON file as a tree; an unreadable file fails with its name and, for syntax errors, line:column. */
    public static JsonNode readTree(Path file) {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return MAPPER.readTree(in);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : ":" + at.getLineNr() + ":" + at.getColumnNr();
            throw new FactbriefException(file + where + ": " + e.getOriginalMessage(), EXIT_UNREADABLE, e);
        } catch (IOException e) {
            throw new FactbriefException(file + ": cannot read: " + e.getMessage(), EXIT_UNREADABLE, e);
        }
    }

    private static String clusterName(JsonNode gold, JsonNode brief) {
        String name = Json.text(gold, "cluster");
        if (name == null) {
            name = Json.text(brief.get("cluster"), "id");
        }
        return name == null ? "?" : name;
    }
}
