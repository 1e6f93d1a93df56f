package factbrief.eval;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/** Source flags: exact (story, flag, of), with {@code of} compared only for translations and duplicates. */
final class SourceFlags {
    private static final Set<String> WITH_ORIGINAL = Set.of("translation-of", "duplicate-of");

    record Flag(String story, String flag, String of) {
        String label() {
            return story + " " + flag + (of == null ? "" : " of " + of);
        }
    }

    private SourceFlags() {
    }

    static Score score(String category, List<JsonNode> gold, List<JsonNode> optional, List<JsonNode> sources) {
        List<Flag> predicted = new ArrayList<>();
        for (JsonNode s : sources) {
            String story = Json.text(s, "story");
            for (JsonNode f : Json.array(s, "flags")) {
                predicted.add(flag(story, f));
            }
        }
        return Matching.run(category, predicted,
                gold.stream().map(n -> flag(Json.text(n, "story"), n)).toList(),
                optional.stream().map(n -> flag(Json.text(n, "story"), n)).toList(),
                SourceFlags::pair, Flag::label, Flag::label).score();
    }

    static Flag flag(String story, JsonNode n) {
        String f = Json.text(n, "flag");
        return new Flag(story, f == null ? null : f.trim().toLowerCase(Locale.ROOT).replace('_', '-'),
                Json.text(n, "of"));
    }

    static double pair(Flag p, Flag g) {
        boolean same = p.story() != null && p.story().equals(g.story())
                && p.flag() != null && p.flag().equals(g.flag())
                && (!WITH_ORIGINAL.contains(g.flag()) || Objects.equals(p.of(), g.of()));
        return same ? 0 : -1;
    }
}
