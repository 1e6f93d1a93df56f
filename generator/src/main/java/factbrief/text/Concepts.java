package factbrief.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The cross-lingual concept lexicon ({@code factbrief/lexicon/concepts.json}): "joint military exercises" =
 * "gemeinsame Militärmanöver" = "manœuvres militaires communes", so facts can be matched across languages.
 */
public final class Concepts {
    private static final Concepts SHARED = load();

    private final Map<String, String> labels = new LinkedHashMap<>();
    private final Map<String, Map<String, List<Lexicon.Pattern>>> patterns = new LinkedHashMap<>();
    private final Map<String, ByLanguage> indexes = new java.util.HashMap<>();

    /** A language's concept patterns in one index, each with the position of its concept in lexicon order. */
    private record ByLanguage(PatternIndex index, int[] concept, String[] ids) {
    }

    public static Concepts shared() {
        return SHARED;
    }

    private static Concepts load() {
        try (InputStream in = Concepts.class.getResourceAsStream("/factbrief/lexicon/concepts.json")) {
            JsonNode root = new ObjectMapper().readTree(in);
            Concepts c = new Concepts();
            for (JsonNode n : root.path("concepts")) {
                String id = n.get("id").asText();
                c.labels.put(id, n.get("label").asText());
                Map<String, List<Lexicon.Pattern>> byLang = new LinkedHashMap<>();
                n.get("patterns").fields().forEachRemaining(e -> {
                    List<Lexicon.Pattern> ps = new ArrayList<>();
                    e.getValue().forEach(p -> ps.add(Lexicon.patternOf(p.asText())));
                    byLang.put(e.getKey(), ps);
                });
                c.patterns.put(id, byLang);
            }
            c.index();
            return c;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read concepts", e);
        }
    }

    private void index() {
        Map<String, List<Lexicon.Pattern>> flat = new LinkedHashMap<>();
        Map<String, List<Integer>> owner = new LinkedHashMap<>();
        List<String> ids = new ArrayList<>(patterns.keySet());
        for (int ci = 0; ci < ids.size(); ci++) {
            for (Map.Entry<String, List<Lexicon.Pattern>> e : patterns.get(ids.get(ci)).entrySet()) {
                for (Lexicon.Pattern p : e.getValue()) {
                    flat.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(p);
                    owner.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(ci);
                }
            }
        }
        flat.forEach((lang, ps) -> indexes.put(lang, new ByLanguage(new PatternIndex(ps),
                owner.get(lang).stream().mapToInt(Integer::intValue).toArray(), ids.toArray(new String[0]))));
    }

    /** Ids of the concepts named in a token list of the given language, in lexicon order. */
    public Set<String> find(List<Token> tokens, String language) {
        Set<String> out = new LinkedHashSet<>();
        ByLanguage by = indexes.get(language);
        if (by == null) {
            return out;
        }
        boolean[] named = new boolean[by.ids().length];
        List<Lexicon.Pattern> ps = by.index().patterns();
        List<int[]> candidates = new ArrayList<>(5);
        for (int i = 0; i < tokens.size(); i++) {
            candidates.clear();
            by.index().candidates(tokens.get(i).folded(), tokens.get(i).lemma(), candidates);
            for (int[] idx : candidates) {
                for (int pi : idx) {
                    int ci = by.concept()[pi];
                    if (!named[ci] && ps.get(pi).matchesAt(tokens, i)) {
                        named[ci] = true;
                    }
                }
            }
        }
        for (int ci = 0; ci < named.length; ci++) {
            if (named[ci]) {
                out.add(by.ids()[ci]);
            }
        }
        return out;
    }

    /** The English label of a concept. */
    public String label(String id) {
        return labels.getOrDefault(id, id);
    }
}
