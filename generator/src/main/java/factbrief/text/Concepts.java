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
            return c;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read concepts", e);
        }
    }

    /** Ids of the concepts named in a token list of the given language, in lexicon order. */
    public Set<String> find(List<Token> tokens, String language) {
        Set<String> out = new LinkedHashSet<>();
        for (Map.Entry<String, Map<String, List<Lexicon.Pattern>>> c : patterns.entrySet()) {
            List<Lexicon.Pattern> ps = c.getValue().getOrDefault(language, List.of());
            outer:
            for (Lexicon.Pattern p : ps) {
                for (int i = 0; i < tokens.size(); i++) {
                    if (p.matchesAt(tokens, i)) {
                        out.add(c.getKey());
                        break outer;
                    }
                }
            }
        }
        return out;
    }

    /** The English label of a concept. */
    public String label(String id) {
        return labels.getOrDefault(id, id);
    }
}
