package factbrief.eval;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/** Stated positions and framings: matched by holder, target, kind and evidence stories. */
final class Positions {
    record Gold(String holder, String target, String kind, String stance, String quote, String gist,
                Set<String> stories) {
        String label() {
            return holder + " → " + target + " (" + kind + ") " + Matching.stories(stories);
        }
    }

    record Predicted(String holder, String target, String kind, String stance, String quote, String summary,
                     Set<String> stories) {
        String label() {
            return holder + " → " + target + " (" + kind + ") " + Matching.stories(stories);
        }
    }

    private Positions() {
    }

    /** The category score and the stance agreement on matched positions ({@code .stance}). */
    static List<Score> score(String category, List<JsonNode> gold, List<JsonNode> optional, List<JsonNode> brief) {
        Matching.Result<Predicted, Gold> r = Matching.run(category,
                brief.stream().map(Positions::predicted).toList(),
                gold.stream().map(Positions::gold).toList(),
                optional.stream().map(Positions::gold).toList(),
                Positions::pair, Predicted::label, Gold::label);
        int agree = 0;
        List<String> misses = new ArrayList<>();
        for (Matching.Matched<Predicted, Gold> m : r.matched()) {
            if (Objects.equals(m.predicted().stance(), m.gold().stance())) {
                agree++;
            } else {
                misses.add(m.gold().label() + ": gold " + m.gold().stance() + ", predicted " + m.predicted().stance());
            }
        }
        int n = r.matched().size();
        return List.of(r.score(), Score.of(category + ".stance", agree, n, n, misses, List.of()));
    }

    static Gold gold(JsonNode n) {
        return new Gold(Json.name(n, "holder"), Json.name(n, "target"), kind(Json.text(n, "kind")),
                lower(Json.text(n, "stance")), Json.text(n, "quote"), Json.text(n, "gist"), Json.stories(n));
    }

    static Predicted predicted(JsonNode n) {
        return new Predicted(Json.name(n, "holder"), Json.name(n, "target"), kind(Json.text(n, "kind")),
                lower(Json.text(n, "stance")), Json.text(n, "quote"), Json.text(n, "summary"),
                Json.evidenceStories(n));
    }

    /** A candidate when holder, target and kind agree and the evidence stories meet the gold stories. */
    static double pair(Predicted p, Gold g) {
        if (p.holder() == null || g.holder() == null || p.target() == null || g.target() == null
                || !p.kind().equals(g.kind())
                || !Tokens.intersects(p.stories(), g.stories())
                || !Tokens.holderMatches(p.holder(), g.holder())
                || !Tokens.targetMatches(p.target(), g.target())) {
            return -1;
        }
        double exact = Tokens.alternatives(g.holder()).stream()
                .mapToDouble(a -> Tokens.nameExactness(p.holder(), a)).max().orElse(0);
        return Tokens.jaccard(p.stories(), g.stories())
                + 0.5 * Math.max(Tokens.overlap(p.quote(), g.quote()), Tokens.overlap(p.summary(), g.gist()))
                + 0.25 * Tokens.overlap(p.target(), g.target())
                + 0.25 * (Objects.equals(p.stance(), g.stance()) ? 1 : 0)
                + 0.25 * exact;
    }

    /** {@code statement} unless the kind says otherwise. */
    private static String kind(String k) {
        return k == null || k.isBlank() ? "statement" : k.trim().toLowerCase(Locale.ROOT);
    }

    private static String lower(String s) {
        return s == null ? null : s.trim().toLowerCase(Locale.ROOT);
    }
}
