package factbrief.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The general-language cue words of one language, read from {@code factbrief/lexicon/<lang>.json}: trigger verbs and
 * nouns, role titles, modality, negation, hedges, attribution and stance cues. Adding a language is a data file.
 *
 * <p>An entry is a space-separated sequence of token patterns matched against folded tokens (and lemmas):
 * {@code word} matches exactly, {@code word*} by prefix, {@code *word} by suffix, {@code *word*} by substring, and a
 * lone {@code *} matches any one token.
 */
public final class Lexicon {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, Optional<Lexicon>> CACHE = new ConcurrentHashMap<>();

    private final String language;
    private final Map<String, List<Pattern>> lists;
    private final Map<String, PatternIndex> indexes;
    private final List<Role> roles;
    private final Map<String, Map<String, Double>> tables;

    /** A role title and the canonical (English) role it stands for. */
    public record Role(Pattern pattern, String role, String country) {
    }

    /** A match of a lexicon entry over tokens {@code [from, to)} of a sentence. */
    public record Match(int from, int to, String entry) {
    }

    /** A compiled lexicon entry. */
    public static final class Pattern {
        static final int ANY = 0;
        static final int EXACT = 1;
        static final int PREFIX = 2;
        static final int SUFFIX = 3;
        static final int CONTAINS = 4;

        private final String source;
        private final String[] parts;
        private final int[] kinds;
        private final String[] cores;

        Pattern(String source) {
            this.source = source;
            this.parts = Fold.fold(source).trim().split("\\s+");
            this.kinds = new int[parts.length];
            this.cores = new String[parts.length];
            for (int i = 0; i < parts.length; i++) {
                String part = parts[i];
                if (part.equals("*")) {
                    kinds[i] = ANY;
                    cores[i] = "";
                    continue;
                }
                boolean pre = part.startsWith("*");
                boolean post = part.endsWith("*") && part.length() > 1;
                cores[i] = part.substring(pre ? 1 : 0, part.length() - (post ? 1 : 0));
                kinds[i] = pre && post ? CONTAINS : pre ? SUFFIX : post ? PREFIX : EXACT;
            }
        }

        public String source() {
            return source;
        }

        public int length() {
            return parts.length;
        }

        /** Whether this pattern matches the tokens starting at {@code at}. */
        public boolean matchesAt(List<Token> tokens, int at) {
            if (at + parts.length > tokens.size()) {
                return false;
            }
            for (int i = 0; i < parts.length; i++) {
                Token t = tokens.get(at + i);
                if (!partMatches(i, t.folded()) && !(t.lemma() != null && partMatches(i, t.lemma()))) {
                    return false;
                }
            }
            return true;
        }

        /** Whether this single-part pattern matches a folded word. */
        public boolean matchesWord(String folded) {
            return parts.length == 1 && partMatches(0, folded);
        }

        private boolean partMatches(int i, String word) {
            String core = cores[i];
            switch (kinds[i]) {
                case ANY:
                    return true;
                case CONTAINS:
                    return word.contains(core);
                case SUFFIX:
                    return word.endsWith(core);
                case PREFIX:
                    return word.startsWith(core);
                default:
                    return word.equals(core);
            }
        }

        /**
         * Whether a one-word title stands here in the plural ("senators", "senadores", "senatori", "presidentes").
         */
        public boolean matchesPlural(String folded) {
            if (parts.length != 1 || kinds[0] != EXACT) {
                return false;
            }
            String c = cores[0];
            if (folded.equals(c + "s") || folded.equals(c + "es")) {
                return true;
            }
            if (c.length() > 3 && "aeo".indexOf(c.charAt(c.length() - 1)) >= 0) {
                String stem = c.substring(0, c.length() - 1);
                return folded.equals(stem + "i") || !c.endsWith("e") && folded.equals(stem + "e");
            }
            return false;
        }

        /** The first part's kind, for {@link Index}. */
        int firstKind() {
            return kinds[0];
        }

        /** The first part without its wildcards, for {@link Index}. */
        String firstCore() {
            return cores[0];
        }

        @Override
        public String toString() {
            return source;
        }
    }

    private Lexicon(String language, Map<String, List<Pattern>> lists, List<Role> roles,
                    Map<String, Map<String, Double>> tables) {
        this.language = language;
        this.lists = lists;
        Map<String, PatternIndex> ix = new HashMap<>();
        lists.forEach((k, v) -> ix.put(k, new PatternIndex(v)));
        this.indexes = Map.copyOf(ix);
        this.roles = roles;
        this.tables = tables;
    }

    /** The lexicon of a language, or empty when the language has none (it is then unsupported). */
    public static Optional<Lexicon> forLanguage(String language) {
        if (language == null || !language.matches("[a-z]{2}")) {
            return Optional.empty();
        }
        return CACHE.computeIfAbsent(language, Lexicon::loadResource);
    }

    private static Optional<Lexicon> loadResource(String language) {
        try (InputStream in = Lexicon.class.getResourceAsStream("/factbrief/lexicon/" + language + ".json")) {
            if (in == null) {
                return Optional.empty();
            }
            return Optional.of(parse(language, JSON.readTree(in)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read lexicon " + language, e);
        }
    }

    static Lexicon parse(String language, JsonNode root) {
        Map<String, List<Pattern>> lists = new HashMap<>();
        Map<String, Map<String, Double>> tables = new HashMap<>();
        List<Role> roles = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode v = e.getValue();
            if (e.getKey().equals("roles")) {
                for (JsonNode r : v) {
                    roles.add(new Role(new Pattern(r.get("match").asText()), r.get("role").asText(),
                            r.hasNonNull("country") ? r.get("country").asText() : null));
                }
            } else if (v.isArray()) {
                List<Pattern> ps = new ArrayList<>();
                v.forEach(x -> ps.add(new Pattern(x.asText())));
                // longest first, so multi-word entries win over their prefixes
                ps.sort((a, b) -> b.length() - a.length());
                lists.put(e.getKey(), List.copyOf(ps));
            } else if (v.isObject()) {
                Map<String, Double> table = new LinkedHashMap<>();
                v.fields().forEachRemaining(f -> table.put(Fold.fold(f.getKey()), f.getValue().asDouble()));
                tables.put(e.getKey(), Collections.unmodifiableMap(table));
            }
        }
        roles.sort((a, b) -> b.pattern().length() - a.pattern().length());
        return new Lexicon(language, Map.copyOf(lists), List.copyOf(roles), Map.copyOf(tables));
    }

    /** Compiles one entry in the lexicon's pattern syntax. */
    public static Pattern patternOf(String entry) {
        return new Pattern(entry);
    }

    public String language() {
        return language;
    }

    public List<Pattern> list(String category) {
        return lists.getOrDefault(category, List.of());
    }

    public List<Role> roles() {
        return roles;
    }

    /** A word table such as weekdays, months, number words or scale words (folded keys). */
    public Map<String, Double> table(String name) {
        return tables.getOrDefault(name, Map.of());
    }

    /** All non-overlapping matches of a category in a token list, left to right, longest first. */
    public List<Match> find(List<Token> tokens, String category) {
        PatternIndex index = indexes.get(category);
        if (index == null) {
            return new ArrayList<>();
        }
        List<Match> out = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            Pattern p = index.firstAt(tokens, i);
            if (p != null) {
                out.add(new Match(i, i + p.length(), p.source()));
                i += p.length();
            } else {
                i++;
            }
        }
        return out;
    }

    /** Whether a category matches anywhere in a token list. */
    public boolean has(List<Token> tokens, String category) {
        PatternIndex index = indexes.get(category);
        if (index == null) {
            return false;
        }
        for (int i = 0; i < tokens.size(); i++) {
            if (index.firstAt(tokens, i) != null) {
                return true;
            }
        }
        return false;
    }

    /** Whether one folded word is in a category (single-token entries only). */
    public boolean isWord(String folded, String category) {
        PatternIndex index = indexes.get(category);
        return index != null && index.matchesWord(folded);
    }
}
