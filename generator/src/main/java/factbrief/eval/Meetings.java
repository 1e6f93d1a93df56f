package factbrief.eval;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/** Meetings and background meetings: matched by participants, evidence stories and the background flag. */
final class Meetings {
    record Gold(List<String> participants, List<String> alsoPresent, String date, Set<String> stories) {
        String label() {
            return participants.stream().map(Tokens::head).collect(Collectors.joining(" + "))
                    + ", " + (date == null ? "no date" : date) + " " + Matching.stories(stories);
        }
    }

    record Predicted(List<String> participants, List<String> alsoPresent, String date, boolean background,
                     Set<String> stories) {
        String label() {
            return String.join(" + ", participants) + ", " + (date == null ? "no date" : date)
                    + " " + Matching.stories(stories);
        }
    }

    private Meetings() {
    }

    /** The category score and its secondary figures ({@code .participants}, {@code .date}). */
    static List<Score> score(String category, List<JsonNode> gold, List<JsonNode> brief, boolean background) {
        List<Gold> g = gold.stream().map(Meetings::gold).toList();
        List<Predicted> p = brief.stream().map(Meetings::predicted).filter(m -> m.background() == background)
                .toList();
        Matching.Result<Predicted, Gold> r = Matching.run(category, p, g, List.of(), Meetings::pair,
                Predicted::label, Gold::label);
        List<Score> out = new ArrayList<>();
        out.add(r.score());
        out.add(participants(category + ".participants", r.matched()));
        out.add(dates(category + ".date", r.matched()));
        return out;
    }

    static Gold gold(JsonNode n) {
        return new Gold(Json.names(n, "participants"), Json.names(n, "alsoPresent"), Json.text(n, "date"),
                Json.stories(n));
    }

    static Predicted predicted(JsonNode n) {
        JsonNode bg = n.get("background");
        return new Predicted(Json.names(n, "participants"), Json.names(n, "alsoPresent"), Json.text(n, "date"),
                bg != null && bg.asBoolean(false), Json.evidenceStories(n));
    }

    /**
     * A candidate when the evidence stories meet the gold stories, at least half (and at least two, or all when
     * fewer) of the gold participants are among the predicted participants, and at least half of the predicted
     * participants are among the gold participants or those also present.
     */
    static double pair(Predicted p, Gold g) {
        if (p.participants().isEmpty() || g.participants().isEmpty()
                || !Tokens.intersects(p.stories(), g.stories())) {
            return -1;
        }
        int goldCovered = matchedNames(p.participants(), g.participants());
        List<String> wholeGold = new ArrayList<>(g.participants());
        wholeGold.addAll(g.alsoPresent());
        int predictedIn = matchedNames(p.participants(), wholeGold);
        int gn = g.participants().size();
        int pn = p.participants().size();
        if (goldCovered * 2 < gn || goldCovered < Math.min(2, gn) || predictedIn * 2 < pn) {
            return -1;
        }
        return ((double) goldCovered / gn + (double) predictedIn / pn) / 2
                + (Objects.equals(p.date(), g.date()) ? 0.5 : 0)
                + 0.5 * Tokens.jaccard(p.stories(), g.stories());
    }

    /** How many predicted names a one-to-one assignment matches to gold names. */
    static int matchedNames(List<String> predicted, List<String> gold) {
        int n = 0;
        for (int c : pairNames(predicted, gold)) {
            if (c >= 0) {
                n++;
            }
        }
        return n;
    }

    /** For each predicted name, the gold name it is assigned to (one-to-one, exact names first), or -1. */
    static int[] pairNames(List<String> predicted, List<String> gold) {
        double[][] w = new double[predicted.size()][gold.size()];
        for (int i = 0; i < predicted.size(); i++) {
            for (int j = 0; j < gold.size(); j++) {
                if (Tokens.nameMatches(predicted.get(i), gold.get(j))) {
                    w[i][j] = 1 + 0.5 * Tokens.nameExactness(predicted.get(i), gold.get(j));
                }
            }
        }
        return Assignment.maximize(w);
    }

    /** Participant-level agreement (participants and also present on both sides) over matched meetings. */
    private static Score participants(String category, List<Matching.Matched<Predicted, Gold>> matched) {
        int tp = 0;
        int predicted = 0;
        int gold = 0;
        List<String> misses = new ArrayList<>();
        List<String> extras = new ArrayList<>();
        for (Matching.Matched<Predicted, Gold> m : matched) {
            List<String> p = new ArrayList<>(m.predicted().participants());
            p.addAll(m.predicted().alsoPresent());
            List<String> g = new ArrayList<>(m.gold().participants());
            g.addAll(m.gold().alsoPresent());
            int[] to = pairNames(p, g);
            boolean[] hit = new boolean[g.size()];
            for (int i = 0; i < p.size(); i++) {
                if (to[i] >= 0) {
                    hit[to[i]] = true;
                    tp++;
                } else {
                    extras.add(p.get(i) + " (in " + m.predicted().label() + ")");
                }
            }
            for (int j = 0; j < g.size(); j++) {
                if (!hit[j]) {
                    misses.add(Tokens.head(g.get(j)) + " (in " + m.gold().label() + ")");
                }
            }
            predicted += p.size();
            gold += g.size();
        }
        return Score.of(category, tp, predicted, gold, misses, extras);
    }

    /** Exact date agreement over matched meetings (two absent dates agree). */
    private static Score dates(String category, List<Matching.Matched<Predicted, Gold>> matched) {
        int agree = 0;
        List<String> misses = new ArrayList<>();
        for (Matching.Matched<Predicted, Gold> m : matched) {
            if (Objects.equals(m.predicted().date(), m.gold().date())) {
                agree++;
            } else {
                misses.add(m.gold().label() + ": predicted " + m.predicted().date());
            }
        }
        return Score.of(category, agree, matched.size(), matched.size(), misses, List.of());
    }
}
