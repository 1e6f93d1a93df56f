package factbrief.eval;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Disagreements: matched claim by claim through the stories that state each value. */
final class Disagreements {
    record Claim(String value, Set<String> stories) {
        String label() {
            return Tokens.cut(value, 40) + " " + Matching.stories(stories);
        }
    }

    record Item(String topic, List<Claim> claims) {
        Item {
            claims = List.copyOf(claims);
        }

        String label() {
            return Tokens.cut(topic, 60) + ": "
                    + claims.stream().map(Claim::label).collect(Collectors.joining(" | "));
        }

        String words() {
            return topic + " " + claims.stream().map(Claim::value).collect(Collectors.joining(" "));
        }
    }

    private Disagreements() {
    }

    static Score score(String category, List<JsonNode> gold, List<JsonNode> optional, List<JsonNode> brief) {
        return Matching.run(category,
                brief.stream().map(n -> item(n, true)).toList(),
                gold.stream().map(n -> item(n, false)).toList(),
                optional.stream().map(n -> item(n, false)).toList(),
                Disagreements::pair, Item::label, Item::label).score();
    }

    static Item item(JsonNode n, boolean predicted) {
        List<Claim> claims = new ArrayList<>();
        for (JsonNode c : Json.array(n, "claims")) {
            claims.add(new Claim(Json.text(c, "value"), predicted ? Json.evidenceStories(c) : Json.stories(c)));
        }
        return new Item(Json.text(n, "topic"), claims);
    }

    /**
     * A candidate when no predicted claim cites stories that belong only to two different gold claims (it would
     * merge both sides), and a one-to-one assignment pairs at least two predicted claims with distinct gold claims
     * whose stories meet the claim's evidence stories.
     */
    static double pair(Item p, Item g) {
        List<Set<String>> exclusive = new ArrayList<>();
        for (int j = 0; j < g.claims().size(); j++) {
            Set<String> own = new HashSet<>(g.claims().get(j).stories());
            for (int k = 0; k < g.claims().size(); k++) {
                if (k != j) {
                    own.removeAll(g.claims().get(k).stories());
                }
            }
            exclusive.add(own);
        }
        boolean[][] compatible = new boolean[p.claims().size()][g.claims().size()];
        for (int i = 0; i < p.claims().size(); i++) {
            Set<String> s = p.claims().get(i).stories();
            int sides = 0;
            for (int j = 0; j < g.claims().size(); j++) {
                if (Tokens.intersects(s, exclusive.get(j))) {
                    sides++;
                }
                compatible[i][j] = Tokens.intersects(s, g.claims().get(j).stories());
            }
            if (sides > 1) {
                return -1;
            }
        }
        int paired = Assignment.count(compatible);
        if (paired < 2) {
            return -1;
        }
        return (double) paired / Math.max(p.claims().size(), g.claims().size())
                + Tokens.overlap(p.words(), g.words());
    }
}
