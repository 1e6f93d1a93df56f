package factbrief.annotate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import factbrief.model.EntityType;
import factbrief.text.Fold;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Known names: countries (names in many languages from the JDK's CLDR data, plus short forms and demonyms from the
 * built-in data file), capitals, international organisations and government bodies, merged with a user gazetteer.
 */
public final class Gazetteer {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<Locale> NAME_LOCALES = List.of(Locale.ENGLISH, Locale.GERMAN, Locale.FRENCH,
            new Locale("es"), Locale.ITALIAN, new Locale("pt"));

    /** A gazetteer entry: canonical name, type, country code, and folded surface forms. */
    public record Entry(String id, String name, EntityType type, String country, String kb, List<String> roles,
                        List<String> aliases) {
    }

    private final Map<String, Entry> byAlias = new LinkedHashMap<>();
    private final List<Entry> entries = new ArrayList<>();
    private final Map<String, String> demonymCountry = new LinkedHashMap<>();
    private final Map<String, List<String>> facilityHeads = new LinkedHashMap<>();
    private final Map<String, List<String>> facilityNouns = new LinkedHashMap<>();
    private final Map<String, java.util.Set<String>> nameHeads = new LinkedHashMap<>();
    private int maxAliasTokens = 1;

    private final java.util.Set<String> capitals = new java.util.HashSet<>();

    private Gazetteer() {
    }

    private static final class Shared {
        static final Gazetteer BUILT_IN = load(null);
    }

    /** The built-in gazetteer, loaded once. */
    public static Gazetteer shared() {
        return Shared.BUILT_IN;
    }

    /**
     * For a cluster's entities: each capital's entity id to its country's entity id, when both are among them, so
     * that a capital named for its government ("Washington said") counts as the country.
     */
    public Map<String, String> capitalCountries(List<factbrief.model.Entity> entities) {
        Map<String, String> countryIds = new java.util.HashMap<>();
        entities.stream().filter(e -> e.type() == EntityType.GPE && e.name().equals(e.country()))
                .forEach(e -> countryIds.put(e.name(), e.id()));
        Map<String, String> out = new java.util.HashMap<>();
        entities.stream().filter(e -> e.type() == EntityType.GPE && e.country() != null
                        && !e.country().equals(e.name()) && isCapital(e.name()) && countryIds.containsKey(e.country()))
                .forEach(e -> out.put(e.id(), countryIds.get(e.country())));
        return out;
    }

    /** Whether a place name is a capital (of the built-in world knowledge), in any of its spellings. */
    public boolean isCapital(String name) {
        return capitals.contains(key(name));
    }

    /** The built-in gazetteer, optionally merged with a user file of the same {@code entities} shape. */
    public static Gazetteer load(Path userFile) {
        Gazetteer g = new Gazetteer();
        try (InputStream in = Gazetteer.class.getResourceAsStream("/factbrief/annotate/gazetteer.json")) {
            g.read(JSON.readTree(in));
            if (userFile != null) {
                g.read(JSON.readTree(Files.readAllBytes(userFile)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read gazetteer", e);
        }
        return g;
    }

    private void read(JsonNode root) {
        JsonNode countries = root.path("countries");
        countries.fields().forEachRemaining(e -> {
            String code = e.getKey();
            String english = new Locale("", code).getDisplayCountry(Locale.ENGLISH);
            List<String> aliases = new ArrayList<>();
            for (Locale l : NAME_LOCALES) {
                aliases.add(new Locale("", code).getDisplayCountry(l));
            }
            e.getValue().path("aliases").forEach(a -> aliases.add(a.asText()));
            String name = code.equals("US") ? "United States" : english;
            add(new Entry(slug(name), name, EntityType.GPE, name, null, List.of(), aliases));
            e.getValue().path("demonyms").forEach(d -> demonymCountry.put(Fold.fold(d.asText()), name));
        });
        root.path("capitals").fields().forEachRemaining(e -> {
            String country = new Locale("", e.getKey()).getDisplayCountry(Locale.ENGLISH);
            if (e.getKey().equals("US")) {
                country = "United States";
            }
            List<String> names = new ArrayList<>();
            e.getValue().forEach(n -> names.add(n.asText()));
            names.forEach(n -> capitals.add(key(n)));
            add(new Entry(slug(names.get(0)), names.get(0), EntityType.GPE, country, null, List.of(), names));
        });
        for (JsonNode n : root.path("entities")) {
            List<String> aliases = new ArrayList<>();
            n.path("aliases").forEach(a -> aliases.add(a.asText()));
            aliases.add(n.path("name").asText());
            List<String> roles = new ArrayList<>();
            n.path("roles").forEach(r -> roles.add(r.asText()));
            String code = n.path("country").isTextual() ? n.path("country").asText() : null;
            String country = code == null ? null : code.length() == 2
                    ? (code.equals("US") ? "United States" : new Locale("", code).getDisplayCountry(Locale.ENGLISH))
                    : code;
            String name = n.path("name").asText();
            add(new Entry(n.hasNonNull("id") ? n.get("id").asText() : slug(name), name,
                    EntityType.valueOf(n.path("type").asText("OTHER")), country,
                    n.hasNonNull("kb") ? n.get("kb").asText() : null, roles, aliases));
        }
        root.path("facilityNouns").fields().forEachRemaining(e -> {
            List<String> nouns = new ArrayList<>();
            e.getValue().forEach(h -> nouns.add(Fold.fold(h.asText())));
            facilityNouns.put(e.getKey(), nouns);
        });
        root.path("nameHeads").fields().forEachRemaining(e -> {
            if (!e.getKey().startsWith("_")) {
                java.util.Set<String> words = new java.util.HashSet<>();
                e.getValue().forEach(h -> words.add(Fold.fold(h.asText())));
                nameHeads.put(e.getKey(), words);
            }
        });
        root.path("facilityHeads").fields().forEachRemaining(e -> {
            List<String> heads = new ArrayList<>();
            e.getValue().forEach(h -> heads.add(h.asText()));
            facilityHeads.put(e.getKey(), heads);
        });
    }

    private void add(Entry e) {
        entries.add(e);
        for (String a : e.aliases()) {
            String key = key(a);
            if (!key.isBlank()) {
                byAlias.putIfAbsent(key, e);
                maxAliasTokens = Math.max(maxAliasTokens, key.split(" ").length);
            }
        }
    }

    /** The folded, space-normalised form of a name used as lookup key. */
    public static String key(String surface) {
        return Fold.fold(surface).replaceAll("[\\s]+", " ").replaceAll("^the ", "").replaceAll("'s?$", "").trim();
    }

    public static String slug(String name) {
        String s = Fold.fold(name).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return s.isEmpty() ? "x" : s;
    }

    /** The entry a surface form names; short forms (US, UN, EU) must be written in capitals. */
    public Entry lookup(String surface) {
        String letters = surface.replaceAll("[^\\p{L}]", "");
        if (letters.length() <= 3 && !letters.equals(letters.toUpperCase(java.util.Locale.ROOT))) {
            return null;
        }
        return byAlias.get(key(surface));
    }

    public int maxAliasTokens() {
        return maxAliasTokens;
    }

    /** The country (English name) a demonym or adjective refers to, or null. */
    public String countryOfDemonym(String folded) {
        for (Map.Entry<String, String> e : demonymCountry.entrySet()) {
            String p = e.getKey();
            boolean prefix = p.endsWith("*");
            String core = prefix ? p.substring(0, p.length() - 1) : p;
            boolean hit = prefix
                    ? folded.startsWith(core) && (core.endsWith("-") || folded.length() <= core.length() + 4)
                    : folded.equals(core);
            if (hit) {
                return e.getValue();
            }
        }
        return null;
    }

    /**
     * What a word inside an unknown capitalised name says it is: "OTHER" (a treaty, a programme), "LOC" (a
     * place), "ORG", or "NONE" (a plural common noun: no name); null when it says nothing.
     */
    public String nameHead(String folded) {
        for (Map.Entry<String, java.util.Set<String>> e : nameHeads.entrySet()) {
            if (e.getValue().contains(folded)) {
                return e.getKey();
            }
        }
        return null;
    }

    public List<String> facilityHeads(String language) {
        return facilityHeads.getOrDefault(language, List.of());
    }

    /** Head nouns ("port", "Hafen") that refer back to the cluster's port-like facility. */
    public List<String> facilityNouns(String language) {
        return facilityNouns.getOrDefault(language, List.of());
    }

    public List<Entry> entries() {
        return List.copyOf(entries);
    }
}
