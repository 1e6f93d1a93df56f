package factbrief.eval;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Follow-ups: matched by status and evidence stories; the action texts and parties only break ties. */
final class FollowUps {
    record Gold(String action, String status, List<String> who, Set<String> stories) {
        String label() {
            return status + ": " + Tokens.cut(action, 80) + " " + Matching.stories(stories);
        }
    }

    record Predicted(String action, String status, List<String> parties, Set<String> stories) {
        String label() {
            return status + ": " + Tokens.cut(action, 80) + " " + Matching.stories(stories);
        }
    }

    private FollowUps() {
    }

    static Score score(String category, List<JsonNode> gold, List<JsonNode> optional, List<JsonNode> brief) {
        return Matching.run(category,
                brief.stream().map(FollowUps::predicted).toList(),
                gold.stream().map(FollowUps::gold).toList(),
                optional.stream().map(FollowUps::gold).toList(),
                FollowUps::pair, Predicted::label, Gold::label).score();
    }

    static Gold gold(JsonNode n) {
        return new Gold(Json.text(n, "action"), status(Json.text(n, "status")), Json.names(n, "who"),
                Json.stories(n));
    }

    static Predicted predicted(JsonNode n) {
        return new Predicted(Json.text(n, "action"), status(Json.text(n, "status")), Json.names(n, "parties"),
                Json.evidenceStories(n));
    }

    /** A candidate when the statuses are equal and the evidence stories meet the gold stories. */
    static double pair(Predicted p, Gold g) {
        if (p.status() == null || !p.status().equals(g.status()) || !Tokens.intersects(p.stories(), g.stories())) {
            return -1;
        }
        int parties = Meetings.matchedNames(p.parties(), g.who());
        int most = Math.max(p.parties().size(), g.who().size());
        return Tokens.jaccard(p.stories(), g.stories())
                + Tokens.overlap(p.action(), g.action())
                + 0.5 * (most == 0 ? 0 : (double) parties / most);
    }

    /** Lower case with hyphens; the gold's {@code requested} is the brief's {@code proposed}. */
    static String status(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        String t = s.trim().toLowerCase(Locale.ROOT).replace('_', '-').replace(' ', '-');
        return t.equals("requested") ? "proposed" : t;
    }
}
