package factbrief.annotate;

import factbrief.model.Cluster;
import factbrief.model.Entity;
import factbrief.model.EntityType;
import factbrief.model.Mention;
import factbrief.model.Story;
import factbrief.text.AnalyzedStory;
import factbrief.text.Fold;
import factbrief.text.LanguageLayer;
import factbrief.text.Lexicon;
import factbrief.text.Sentence;
import factbrief.text.Token;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Turns raw stories into an annotated cluster: detects languages, finds entity mentions (gazetteer, facility
 * patterns, proper-noun runs confirmed by a person context such as a title, an honorific or a speech verb, role
 * titles used alone) and links them across stories and languages.
 */
public final class Annotator {
    private static final Set<String> PARTICLES = Set.of("de", "del", "la", "las", "los", "van", "von", "der", "da",
            "di", "do", "dos", "du", "le", "bin", "al", "el");
    private static final Set<String> ORG_CUES = Set.of("agency", "ministry", "department", "service", "company",
            "ports", "shipping", "limited", "ltd", "inc", "corporation", "corp", "group", "bank", "forum", "press",
            "office", "council", "party", "university", "compania", "inversiones", "ministerio", "ministere",
            "ministerium", "agentur", "agence", "agencia", "news", "network", "times", "post", "minera", "portuarias",
            "forces", "command", "institute", "foundation", "association", "organization", "organisation", "s.a.",
            "sa", "gmbh", "ag", "authority", "commission", "committee", "board", "administration", "army", "navy",
            "air", "force", "edition", "federation", "union", "club", "co", "holdings", "cooperation", "staatskonzern",
            "energia", "energy", "energie", "electrica", "electrique", "elettrica", "eletrica");
    private static final Pattern INITIAL = Pattern.compile("\\p{Lu}\\.");

    private final Gazetteer gazetteer;
    private final LanguageLayer layer;

    public Annotator(Gazetteer gazetteer, LanguageLayer layer) {
        this.gazetteer = gazetteer;
        this.layer = layer;
    }

    /** A span found in a story, before linking. */
    private record Found(int start, int end, String key, String name, EntityType type, String country,
                         String role, boolean personContext) {
    }

    /** Annotates stories into a cluster; {@code focusNames} pick focus entities by name or alias. */
    public Cluster annotate(String clusterId, String title, List<RawStory> raws, List<String> focusNames) {
        facilityNames.clear();
        acronyms.clear();
        List<AnalyzedStory> analyzed = new ArrayList<>();
        Map<String, List<Found>> found = new LinkedHashMap<>();
        for (RawStory raw : raws) {
            String lang = raw.language() != null ? raw.language() : layer.detect(raw.text()).orElse("und");
            Story bare = new Story(raw.id(), raw.text(), lang, raw.url(), raw.site(), raw.published(), raw.title(),
                    List.of());
            AnalyzedStory a = layer.analyze(bare, lang);
            analyzed.add(a);
            found.put(raw.id(), find(a));
        }
        // Persons confirmed anywhere in the cluster, with their full names.
        Map<String, PersonInfo> persons = new TreeMap<>();
        for (List<Found> fs : found.values()) {
            for (Found f : fs) {
                if (f.type() == EntityType.PERSON && (f.key().contains(" ") || ADMINISTRATION.equals(f.role()))) {
                    persons.computeIfAbsent(f.key(), k -> new PersonInfo(f.name())).add(f);
                }
            }
        }
        Map<String, List<String>> personStories = new HashMap<>();
        found.forEach((sid, fs) -> fs.stream().filter(f -> f.type() == EntityType.PERSON)
                .forEach(f -> personStories.computeIfAbsent(f.key(), k -> new ArrayList<>()).add(sid)));
        persons.entrySet().removeIf(e -> !e.getValue().confirmed()
                && new HashSet<>(personStories.getOrDefault(e.getKey(), List.of())).size() < 2);
        mergeShortNames(persons);

        Map<String, EntityBuilder> entities = new TreeMap<>();
        List<Story> stories = new ArrayList<>();
        for (AnalyzedStory a : analyzed) {
            List<Found> fs = found.get(a.story().id());
            List<Mention> mentions = new ArrayList<>();
            boolean[] taken = new boolean[a.story().text().length() + 1];
            Map<String, String> localRoleHolder = new HashMap<>();
            for (Found f : fs) {
                String entityId;
                if (f.type() == EntityType.PERSON) {
                    PersonInfo p = resolvePerson(f.key(), persons);
                    if (p == null) {
                        continue;
                    }
                    entityId = Gazetteer.slug(p.name);
                    EntityBuilder b = entities.computeIfAbsent(entityId,
                            k -> new EntityBuilder(k, p.name, EntityType.PERSON));
                    b.addRole(ADMINISTRATION.equals(f.role()) ? null : f.role(), f.country(),
                            "en".equals(a.language()) ? 3 : 1);
                    localRoleHolder.put(entityId, entityId);
                } else {
                    entityId = f.key();
                    EntityBuilder b = entities.computeIfAbsent(entityId, k -> new EntityBuilder(k, f.name(), f.type()));
                    b.country = b.country == null ? f.country() : b.country;
                }
                entities.get(entityId).alias(a.story().text().substring(f.start(), f.end()));
                mentions.add(new Mention(entityId, f.start(), f.end()));
                mark(taken, f.start(), f.end());
            }
            mentions.addAll(surnameAndRoleMentions(a, persons, localRoleHolder, taken, entities));
            mentions.addAll(facilityReferences(a, taken, entities));
            mentions.sort(Comparator.comparingInt(Mention::start).thenComparingInt(Mention::end));
            stories.add(new Story(a.story().id(), a.story().text(), a.language(), a.story().url(), a.story().site(),
                    a.story().published(), a.story().title(), mentions));
        }
        List<Entity> built = new ArrayList<>();
        entities.values().forEach(b -> built.add(b.build()));
        List<Entity> entityList = new ArrayList<>(withInferredCountries(built, stories, analyzed));
        Focus.addUnknown(focusNames, entityList, stories);
        List<String> focus = Focus.of(focusNames, entityList, stories);
        return new Cluster(clusterId, title, null, focus, entityList, stories);
    }

    /**
     * A person whose country no title gave takes the country named most often in the sentences that mention them,
     * leaving out the countries of the other people named there (who usually explain those mentions).
     */
    private List<Entity> withInferredCountries(List<Entity> entities, List<Story> stories,
                                               List<AnalyzedStory> analyzed) {
        Map<String, Entity> byId = new HashMap<>();
        entities.forEach(e -> byId.put(e.id(), e));
        Map<String, Map<String, Integer>> votes = new HashMap<>();
        for (int k = 0; k < stories.size(); k++) {
            Story st = stories.get(k);
            // "Three Canadian senators", "una delegación de senadores de Canadá": the story's people with that
            // title come from that country
            Map<String, String> pluralTitles = pluralTitleCountries(st, analyzed.get(k), byId);
            Set<String> voted = new HashSet<>();     // one vote per person and story
            for (Mention m : st.mentions()) {
                Entity p = byId.get(m.entity());
                if (p == null || p.type() != EntityType.PERSON || p.country() != null || !voted.add(p.id())) {
                    continue;
                }
                for (Map.Entry<String, String> t : pluralTitles.entrySet()) {
                    if (p.roles().contains(t.getKey())) {
                        votes.computeIfAbsent(p.id(), x -> new TreeMap<>()).merge(t.getValue(), 2, Integer::sum);
                    }
                }
            }
            for (Sentence s : analyzed.get(k).sentences()) {
                List<Entity> here = st.mentions().stream().filter(m -> m.start() >= s.start() && m.end() <= s.end())
                        .map(m -> byId.get(m.entity())).filter(java.util.Objects::nonNull).distinct().toList();
                Set<String> othersCountries = new HashSet<>();
                here.stream().filter(e -> e.type() == EntityType.PERSON && e.country() != null)
                        .forEach(e -> othersCountries.add(e.country()));
                for (Entity p : here) {
                    if (p.type() != EntityType.PERSON || p.country() != null) {
                        continue;
                    }
                    for (Mention m : p.roles().isEmpty() ? List.<Mention>of() : st.mentions()) {
                        Entity g = byId.get(m.entity());
                        if (m.start() >= s.start() && m.end() <= s.end() && g != null && g.type() == EntityType.GPE
                                && g.name().equals(g.country()) && !othersCountries.contains(g.name())
                                && !Focus.LOCATIVE.matcher(st.text().substring(Math.max(0, m.start() - 14), m.start()))
                                .find()) {
                            votes.computeIfAbsent(p.id(), x -> new TreeMap<>()).merge(g.name(), 1, Integer::sum);
                        }
                    }
                    Lexicon lex = analyzed.get(k).lexicon();
                    if (lex != null && lex.has(s.tokens(), "delegation") && !metWith(s, st, p.id())) {
                        // "the Peruvian delegation included X": a member of that country's delegation
                        for (Token t : s.tokens()) {
                            String c = gazetteer.countryOfDemonym(t.folded());
                            if (c != null && !othersCountries.contains(c) && !t.text().contains("-")) {
                                votes.computeIfAbsent(p.id(), x -> new TreeMap<>()).merge(c, 2, Integer::sum);
                            }
                        }
                    }
                }
            }
        }
        List<Entity> out = new ArrayList<>();
        for (Entity e : entities) {
            Map<String, Integer> v = votes.get(e.id());
            if (v != null) {
                Map.Entry<String, Integer> best = v.entrySet().stream()
                        .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                        .orElseThrow();
                long ties = v.values().stream().filter(x -> x.equals(best.getValue())).count();
                if (best.getValue() >= 2 && ties == 1) {
                    e = new Entity(e.id(), e.name(), e.type(), e.kb(), e.aliases(), e.roles(), best.getKey());
                }
            }
            out.add(e);
        }
        return out;
    }

    /**
     * Titles a story uses in the plural with one country ("Three Canadian senators", "senadores de Canadá",
     * "dois senadores canadenses"): canonical title to that country's name. A title seen with two countries
     * ("los presidentes de Perú y China") gives none.
     */
    private Map<String, String> pluralTitleCountries(Story st, AnalyzedStory a, Map<String, Entity> byId) {
        Map<String, Set<String>> found = new HashMap<>();
        Lexicon lex = a.lexicon();
        if (lex == null) {
            return Map.of();
        }
        for (Sentence s : a.sentences()) {
            List<Token> ts = s.tokens();
            for (int i = 0; i < ts.size(); i++) {
                Lexicon.Role title = null;
                for (Lexicon.Role r : lex.roles()) {
                    if (r.pattern().matchesPlural(ts.get(i).folded())) {
                        title = r;
                        break;
                    }
                }
                if (title == null || SUMMIT_TITLES.contains(title.role())) {
                    continue;   // "los presidentes de Perú y …": heads of state come in pairs from both sides
                }
                Set<String> countries = new HashSet<>();
                // not across punctuation ("U.S." is a word here)
                for (int k = i - 1; k >= Math.max(0, i - 2) && !ts.get(k).text().matches("\\p{P}+"); k--) {
                    countryNear(st, ts.get(k), byId, countries);
                }
                // after the title only its country: "senadores estadounidenses", "senadores de Estados Unidos",
                // "senators from Canada" (not "senators met Chilean President X")
                if (i + 1 < ts.size()) {
                    Token next = ts.get(i + 1);
                    if (OF.contains(next.folded()) || next.folded().equals("from")) {
                        for (int k = i + 2; k < Math.min(ts.size(), i + 4); k++) {
                            countryNear(st, ts.get(k), byId, countries);
                        }
                    } else {
                        countryNear(st, next, byId, countries);
                    }
                }
                found.computeIfAbsent(title.role(), x -> new HashSet<>()).addAll(countries);
            }
        }
        Map<String, String> out = new HashMap<>();
        found.forEach((role, cs) -> {
            if (cs.size() == 1) {
                out.put(role, cs.iterator().next());
            }
        });
        return out;
    }

    /** The country a token names, as a demonym ("norte-americanos") or as part of a country's mention. */
    private void countryNear(Story st, Token t, Map<String, Entity> byId, Set<String> into) {
        String c = countryOf(t);
        if (c != null) {
            into.add(c);
            return;
        }
        for (Mention m : st.mentions()) {
            Entity g = byId.get(m.entity());
            if (m.start() <= t.start() && m.end() >= t.end() && g != null && g.type() == EntityType.GPE
                    && g.name().equals(g.country())) {
                into.add(g.name());
            }
        }
    }

    private static final Set<String> SUMMIT_TITLES = Set.of("President", "Vice President", "Prime Minister",
            "Head of State", "Chancellor", "King", "Queen", "Leader", "President-elect");

    /** Abbreviated titles before a name, by language: "Sen. X" is a senator. */
    private static final Map<String, String> TITLE_ABBREVIATIONS = Map.of("sen:en", "Senator",
            "rep:en", "Member of Congress", "gen:en", "General", "adm:en", "Admiral", "gral:es", "General");

    private static final Set<String> WITH = Set.of("with", "mit", "avec", "con", "com", "among");

    /** Whether a person is named after "with" in the sentence: someone met, not a member. */
    private static boolean metWith(Sentence s, Story st, String personId) {
        for (Mention m : st.mentions()) {
            if (!m.entity().equals(personId) || m.start() < s.start() || m.end() > s.end()) {
                continue;
            }
            int i = s.tokenAt(m.start());
            for (int k = 0; k < i; k++) {
                if (WITH.contains(s.tokens().get(k).folded())) {
                    return true;
                }
            }
        }
        return false;
    }

    private static void mark(boolean[] taken, int s, int e) {
        for (int i = s; i < e; i++) {
            taken[i] = true;
        }
    }

    private static final Set<String> DEFINITE = Set.of("the", "this", "that", "el", "este", "ese", "del", "al", "der",
            "den", "dem", "des", "dieser", "diesen", "diesem", "le", "ce", "cet", "du", "au", "il", "questo",
            "dal", "nel", "o", "do", "no", "l'", "l’");

    /** Bare names of facilities found elsewhere ("Marisol") and definite references ("the port", "der Hafen"). */
    private List<Mention> facilityReferences(AnalyzedStory a, boolean[] taken, Map<String, EntityBuilder> entities) {
        List<Mention> out = new ArrayList<>();
        List<String> facilityIds = entities.keySet().stream().filter(id -> id.startsWith("port-of-")).toList();
        if (facilityIds.isEmpty()) {
            return out;
        }
        List<String> nouns = gazetteer.facilityNouns(a.language());
        for (Sentence s : a.sentences()) {
            List<Token> ts = s.tokens();
            for (int i = 0; i < ts.size(); i++) {
                Token t = ts.get(i);
                if (taken[t.start()]) {
                    continue;
                }
                String id = null;
                if (t.isCapitalized() && facilityIds.contains("port-of-" + Gazetteer.slug(t.text()))) {
                    id = "port-of-" + Gazetteer.slug(t.text());
                } else if (facilityIds.size() == 1 && nouns.contains(t.folded()) && i > 0
                        && DEFINITE.contains(ts.get(i - 1).folded())
                        && !(i + 1 < ts.size() && ts.get(i + 1).isCapitalized())) {
                    id = facilityIds.get(0);
                }
                if (id != null) {
                    out.add(new Mention(id, t.start(), t.end()));
                    mark(taken, t.start(), t.end());
                }
            }
        }
        return out;
    }

    /** Surname-only mentions of persons named in full elsewhere, and role titles used alone. */
    private List<Mention> surnameAndRoleMentions(AnalyzedStory a, Map<String, PersonInfo> persons,
                                                 Map<String, String> localRoleHolder, boolean[] taken,
                                                 Map<String, EntityBuilder> entities) {
        List<Mention> out = new ArrayList<>();
        Lexicon lex = a.lexicon();
        for (Sentence s : a.sentences()) {
            List<Token> ts = s.tokens();
            for (int i = 0; i < ts.size(); i++) {
                Token t = ts.get(i);
                if (taken[t.start()]) {
                    continue;
                }
                if (t.isCapitalized() && i + 1 < ts.size()) {
                    // a full name on a line where names were not looked for (headlines, title-case lines)
                    int n = 0;
                    String full = null;
                    for (int k = Math.min(ts.size(), i + 4); k >= i + 2; k--) {
                        String key = Gazetteer.key(a.story().text().substring(t.start(), ts.get(k - 1).end()));
                        if (persons.containsKey(key)) {
                            full = key;
                            n = k - i;
                            break;
                        }
                    }
                    if (full != null && !taken[ts.get(i + n - 1).start()]) {
                        PersonInfo p = persons.get(full);
                        p = p.mergedInto != null ? p.mergedInto : p;
                        int end = ts.get(i + n - 1).end();
                        if (a.story().text().substring(t.start(), end).matches("(?s).*['’]s")) {
                            end -= 2;
                        } else if (a.story().text().substring(t.start(), end).matches("(?s).*['’]")) {
                            end -= 1;
                        }
                        out.add(new Mention(Gazetteer.slug(p.name), t.start(), end));
                        mark(taken, t.start(), end);
                        i += n - 1;
                        continue;
                    }
                }
                String head = t.text().contains("-") ? t.text().substring(0, t.text().indexOf('-')) : t.text();
                if (t.isCapitalized() && head.length() > 1) {
                    PersonInfo p = resolvePerson(Fold.fold(head), persons);
                    if (p != null) {
                        out.add(new Mention(Gazetteer.slug(p.name), t.start(), t.start() + head.length()));
                        mark(taken, t.start(), t.start() + head.length());
                        continue;
                    }
                }
                if (lex == null) {
                    continue;
                }
                for (Lexicon.Role r : lex.roles()) {
                    if (r.pattern().matchesAt(ts, i)) {
                        int end = i + r.pattern().length();
                        boolean named = end < ts.size() && (ts.get(end).isCapitalized()
                                || ts.get(end).text().equals(",") && end + 1 < ts.size()
                                && ts.get(end + 1).isCapitalized());
                        boolean generic = i > 0 && Set.of("a", "an", "any", "un", "une", "ein", "eine", "una", "uno")
                                .contains(ts.get(i - 1).folded());
                        boolean insideTitle = i > 1 && ts.get(i - 1).folded().equals("the")
                                && Set.of("to", "of").contains(ts.get(i - 2).folded());
                        named |= generic || insideTitle;
                        boolean plural = ts.get(end - 1).lemma() != null
                                && !ts.get(end - 1).lemma().equals(ts.get(end - 1).folded());
                        String country = null;
                        for (int k = Math.max(0, i - 2); k < end; k++) {
                            country = country != null ? country : countryOf(ts.get(k));
                        }
                        String holder = named || plural ? null : roleHolder(r.role(), country, localRoleHolder,
                                entities);
                        if (holder != null) {
                            int cs = ts.get(i).start();
                            int ce = ts.get(end - 1).end();
                            out.add(new Mention(holder, cs, ce));
                            mark(taken, cs, ce);
                        }
                        break;
                    }
                }
            }
        }
        return out;
    }

    /** The one person of this story holding a role (and country, when the title names one), or null. */
    private static String roleHolder(String role, String country, Map<String, String> localRoleHolder,
                                     Map<String, EntityBuilder> entities) {
        String found = null;
        for (String id : new java.util.TreeSet<>(localRoleHolder.values())) {
            EntityBuilder b = entities.get(id);
            // a head of state named by that title alone is the president the story names
            boolean holds = b != null && (b.roles.containsKey(role)
                    || "Head of State".equals(role) && b.roles.containsKey("President"));
            if (!holds) {
                continue;
            }
            if (country != null && !b.countries.isEmpty() && !b.countries.containsKey(country)) {
                continue;
            }
            if (found != null) {
                return null;
            }
            found = id;
        }
        return found;
    }

    private static PersonInfo resolvePerson(String key, Map<String, PersonInfo> persons) {
        PersonInfo exact = persons.get(key);
        if (exact != null) {
            return exact.mergedInto != null ? exact.mergedInto : exact;
        }
        PersonInfo hit = null;
        for (Map.Entry<String, PersonInfo> e : persons.entrySet()) {
            String[] parts = e.getKey().split(" ");
            // the last name ("Brekke"); the first of two ("Liang" of "Liang Weiming": Chinese names put the family
            // name first, and a Western first name used alone still means the one person who bears it); the first
            // of two surnames ("Ferrán" of "Gonzalo Ferrán Ochoa", the Spanish and Portuguese usage)
            boolean matches = key.contains(" ") ? e.getKey().endsWith(" " + key)
                    : parts[parts.length - 1].equals(key)
                    || parts.length == 2 && parts[0].equals(key) && key.length() >= 2
                    || parts.length >= 3 && parts[parts.length - 2].equals(key) && key.length() >= 3;
            if (matches) {
                PersonInfo p = e.getValue().mergedInto != null ? e.getValue().mergedInto : e.getValue();
                if (hit != null && hit != p) {
                    return null; // ambiguous
                }
                hit = p;
            }
        }
        return hit;
    }

    /** "Ruiz Montoya" and "Ana Ruiz Montoya" are one person when the longer name is the only match. */
    private static void mergeShortNames(Map<String, PersonInfo> persons) {
        for (Map.Entry<String, PersonInfo> e : persons.entrySet()) {
            PersonInfo longer = null;
            int count = 0;
            for (Map.Entry<String, PersonInfo> o : persons.entrySet()) {
                if (o.getKey().length() > e.getKey().length() && o.getKey().endsWith(" " + e.getKey())) {
                    longer = o.getValue();
                    count++;
                }
            }
            if (count == 1) {
                e.getValue().mergedInto = longer;
            }
            // "Bob Harlow" and "Robert Harlow": same surname and the same specific title
            for (Map.Entry<String, PersonInfo> o : persons.entrySet()) {
                String[] a = e.getKey().split(" ");
                String[] b = o.getKey().split(" ");
                if (o.getKey().compareTo(e.getKey()) < 0 && a[a.length - 1].equals(b[b.length - 1])
                        && o.getValue().mergedInto == null && e.getValue().mergedInto == null
                        && e.getValue().roles.stream().anyMatch(r -> r.contains(" ") && o.getValue().roles.contains(r))) {
                    e.getValue().mergedInto = o.getValue();
                }
            }
            String bare = e.getKey().replaceAll(" \\p{L}\\.", "");
            if (!bare.equals(e.getKey()) && persons.containsKey(bare) && e.getValue().mergedInto == null) {
                e.getValue().mergedInto = persons.get(bare);
            }
        }
    }

    private List<Found> find(AnalyzedStory a) {
        List<Found> out = new ArrayList<>();
        String text = a.story().text();
        Lexicon lex = a.lexicon();
        for (Sentence s : a.sentences()) {
            List<Token> ts = s.tokens();
            boolean[] used = new boolean[ts.size()];
            // 1. gazetteer names, longest first ("The United States" -> "United States", "Peru’s" -> "Peru")
            for (int i = 0; i < ts.size(); i++) {
                for (int n = Math.min(gazetteer.maxAliasTokens() + 2, ts.size() - i); n >= 1; n--) {
                    Token first = ts.get(i);
                    if (!first.isCapitalized() && n < 3) {
                        break; // lower-case names only as longer institutional names ("ministère des Affaires …")
                    }
                    if (ARTICLES.contains(first.folded()) && n > 1) {
                        continue; // the article stays outside the name; the name is tried from the next token
                    }
                    String surface = text.substring(first.start(), ts.get(i + n - 1).end());
                    Gazetteer.Entry e = lookupVariant(surface, a.language());
                    if (e == null && first.text().contains("-") && n == 1) {
                        String head = first.text().substring(0, first.text().indexOf('-'));
                        Gazetteer.Entry he = gazetteer.lookup(head);
                        if (he != null && he.type() == EntityType.GPE) {
                            out.add(new Found(first.start(), first.start() + head.length(), he.id(), he.name(),
                                    he.type(), he.country(), null, false));
                        }
                        continue;
                    }
                    if (e != null && e.type() == EntityType.GPE && ts.get(i + n - 1).end() < text.length()
                            && "$".indexOf(text.charAt(ts.get(i + n - 1).end())) >= 0) {
                        break;      // "US$ 40 millones", "C$": a currency, not the country
                    }
                    if (e != null) {
                        int end = ts.get(i + n - 1).end();
                        if (surface.matches("(?s).*['’]s")) {
                            end -= 2;
                        }
                        out.add(new Found(first.start(), end, e.id(), e.name(), e.type(), e.country(), null, false));
                        for (int k = i; k < i + n; k++) {
                            used[k] = true;
                        }
                        i += n - 1;
                        break;
                    }
                }
            }
            acronymsAndSelfNames(a, s, used, out);
            administrationNames(a, s, used, out);
            // 2. facilities: "port of X", "X Port", "Hafen X"
            findFacilities(a, s, used, out);
            // 3. proper-noun runs (not in title-case lines such as headlines and navigation)
            if (isTitleCase(ts, "de".equals(a.language()))) {
                continue;
            }
            int i = 0;
            while (i < ts.size()) {
                if (used[i] || !startsName(ts, i, lex)) {
                    i++;
                    continue;
                }
                int j = i;
                while (j < ts.size() && !used[j] && (continuesName(ts.get(j))
                        || j > i && ts.get(j).text().equals("-") && j + 1 < ts.size() && ts.get(j + 1).isCapitalized()
                        && ts.get(j).start() == ts.get(j - 1).end()
                        || ts.get(j).text().equals(".") && j > i && ts.get(j - 1).text().matches("\\p{Lu}")
                        || j > i && j + 1 < ts.size() && PARTICLES.contains(ts.get(j).folded())
                        && ts.get(j + 1).isCapitalized() && !ts.get(j).isCapitalized())) {
                    j++;
                }
                classifyRun(a, s, i, j, out);
                i = Math.max(j, i + 1);
            }
        }
        out.sort(Comparator.comparingInt(Found::start));
        return agencyCountries(dropOverlaps(out), text);
    }

    /**
     * A title that names the body the person speaks for gives the person its country: "State Department
     * spokesperson X", "Foreign Ministry spokesman X", "la porte-parole du département d'État, X" (the body directly
     * before the title and the name, or in apposition).
     */
    private static List<Found> agencyCountries(List<Found> in, String text) {
        List<Found> out = new ArrayList<>(in);
        for (int k = 1; k < out.size(); k++) {
            Found f = out.get(k);
            Found g = out.get(k - 1);
            if (f.type() != EntityType.PERSON || f.country() != null || g.type() != EntityType.ORG
                    || g.country() == null || g.end() > f.start() || f.start() - g.end() > 40) {
                continue;
            }
            // "State Department spokesperson X" (a title between), "la porte-parole du département d'État, X"
            String gap = text.substring(g.end(), f.start());
            if (f.role() != null && gap.matches("[\\s\\p{L}'’-]*") || gap.matches("\\s*,\\s*")) {
                out.set(k, new Found(f.start(), f.end(), f.key(), f.name(), f.type(), g.country(), f.role(),
                        f.personContext()));
            }
        }
        return out;
    }

    /** A gazetteer name, also in the German genitive ("Perus", "US-Verteidigungsministeriums"). */
    private Gazetteer.Entry lookupVariant(String surface, String language) {
        Gazetteer.Entry e = gazetteer.lookup(surface);
        if (e == null && "de".equals(language) && surface.endsWith("s") && surface.length() > 4) {
            e = gazetteer.lookup(surface.substring(0, surface.length() - 1));
        }
        return e;
    }

    /**
     * "Defense Cooperation Agency (DSCA)": the acronym names the organisation before it; and a story's own site name
     * in its text ("weltblick24") is an organisation.
     */
    private void acronymsAndSelfNames(AnalyzedStory a, Sentence s, boolean[] used, List<Found> out) {
        List<Token> ts = s.tokens();
        String site = a.story().site();
        String stem = site == null ? null : Fold.fold(site.split("[\\s(]")[0].replaceAll("^www\\.", ""))
                .replaceAll("\\..*$", "");
        for (int i = 0; i < ts.size(); i++) {
            if (used[i]) {
                continue;
            }
            String f = ts.get(i).folded();
            if (stem != null && stem.length() >= 4 && f.equals(stem)) {
                out.add(new Found(ts.get(i).start(), ts.get(i).end(), Gazetteer.slug(stem), site.split("[\\s(]")[0],
                        EntityType.ORG, null, null, false));
                used[i] = true;
            }
        }
    }

    /** Marks a person found only as the name of an administration; not a role of theirs. */
    private static final String ADMINISTRATION = "\u0000administration";

    /** The person an administration is named after: "Harlow administration", "Harlow-Regierung", "gouvernement X". */
    private void administrationNames(AnalyzedStory a, Sentence s, boolean[] used, List<Found> out) {
        Lexicon lex = a.lexicon();
        if (lex == null) {
            return;
        }
        List<Token> ts = s.tokens();
        for (int i = 0; i < ts.size(); i++) {
            Token t = ts.get(i);
            int at = -1;
            int len = 0;
            String f = t.folded().replaceAll("'s$", "");
            if (t.text().contains("-") && lex.isWord(f.substring(f.indexOf('-') + 1), "administration")) {
                at = i;
                len = t.text().indexOf('-');
            } else if (lex.isWord(f, "administration")) {
                if (i > 0 && ts.get(i - 1).text().endsWith("-")) {
                    at = i - 1;
                    len = ts.get(i - 1).text().length() - 1;
                } else if (i > 0 && ts.get(i - 1).isCapitalized()) {
                    at = i - 1;
                    len = ts.get(i - 1).text().replaceAll("['’]s$", "").length();
                } else if (i + 1 < ts.size() && ts.get(i + 1).isCapitalized()) {
                    at = i + 1;
                    len = ts.get(i + 1).text().length();
                }
            }
            if (at < 0 || used[at] || len < 3) {
                continue;
            }
            Token n = ts.get(at);
            String name = n.text().substring(0, len);
            if (!Character.isUpperCase(name.codePointAt(0)) || lookupVariant(name, a.language()) != null
                    || gazetteer.countryOfDemonym(Fold.fold(name)) != null || isRoleWord(ts, at, lex)) {
                continue;
            }
            out.add(new Found(n.start(), n.start() + len, Gazetteer.key(name), name, EntityType.PERSON, null,
                    ADMINISTRATION, true));
            used[at] = true;
        }
    }

    private static boolean isTitleCase(List<Token> ts, boolean nounsCapitalized) {
        int words = 0;
        int caps = 0;
        for (Token t : ts) {
            if (t.isWord() && t.text().length() > 3 && !(nounsCapitalized && "NOUN".equals(t.pos()))) {
                words++;
                if (t.isCapitalized()) {
                    caps++;
                }
            }
        }
        int allWords = (int) ts.stream().filter(Token::isWord).count();
        boolean shortOrUnpunctuated = allWords <= 8 || !ts.get(ts.size() - 1).text().matches("[.!?]");
        return words >= 2 && caps * 10 >= words * 7 && shortOrUnpunctuated;
    }

    private static List<Found> dropOverlaps(List<Found> in) {
        List<Found> out = new ArrayList<>();
        int end = -1;
        for (Found f0 : in) {
            Found f = f0.name().matches(".*['’]$")
                    ? new Found(f0.start(), f0.end() - 1, f0.key(), f0.name().substring(0, f0.name().length() - 1),
                    f0.type(), f0.country(), f0.role(), f0.personContext())
                    : f0;
            if (f.start() >= end) {
                out.add(f);
                end = f.end();
            }
        }
        return out;
    }

    private boolean startsName(List<Token> ts, int i, Lexicon lex) {
        Token t = ts.get(i);
        return t.isCapitalized() && t.isWord() && !isCommonWord(t, lex);
    }

    private static boolean continuesName(Token t) {
        return (t.isCapitalized() && t.isWord()) || INITIAL.matcher(t.text()).matches();
    }

    private static boolean isCommonWord(Token t, Lexicon lex) {
        if (lex == null) {
            return false;
        }
        String f = t.folded();
        return lex.table("weekdays").containsKey(f) || lex.table("months").containsKey(f)
                || lex.isWord(f, "pronoun") || lex.isWord(f, "negation");
    }

    private void findFacilities(AnalyzedStory a, Sentence s, boolean[] used, List<Found> out) {
        List<Token> ts = s.tokens();
        String text = a.story().text();
        for (String head : gazetteer.facilityHeads(a.language())) {
            Lexicon.Pattern p = Lexicon.patternOf(head);
            boolean after = head.startsWith("* ");
            for (int i = 0; i < ts.size(); i++) {
                if (after) {
                    // "X Port": name run then the head word
                    String word = Fold.fold(head.substring(2));
                    if (ts.get(i).folded().equals(word) && i > 0 && ts.get(i - 1).isCapitalized() && !used[i - 1]) {
                        int st = i - 1;
                        while (st > 0 && ts.get(st - 1).isCapitalized() && !used[st - 1]) {
                            st--;
                        }
                        String name = text.substring(ts.get(st).start(), ts.get(i - 1).end());
                        addFacility(out, used, ts, st, i, name, head);
                        widenLast(out, ts.get(i - 1).end(), ts.get(i).end());
                    }
                } else if (p.matchesAt(ts, i)) {
                    int k = i + p.length();
                    int st = k;
                    while (k < ts.size() && ts.get(k).isCapitalized() && ts.get(k).isWord() && !used[k]) {
                        k++;
                    }
                    if (k > st && k - st <= 3) {
                        String name = text.substring(ts.get(st).start(), ts.get(k - 1).end());
                        addFacility(out, used, ts, st, k, name, head);
                        widenFirst(out, ts.get(i).start(), ts.get(k - 1).end());
                    }
                }
            }
        }
    }

    /** The facility just found spans its head noun too ("Marisol Port"). */
    private static void widenLast(List<Found> out, int nameEnd, int end) {
        Found f = out.get(out.size() - 1);
        if (f.type() != EntityType.FACILITY || f.end() != nameEnd) {
            return;
        }
        out.set(out.size() - 1, new Found(f.start(), end, f.key(), f.name(), f.type(), f.country(), f.role(),
                f.personContext()));
    }

    /** The facility just found spans its head ("port de Marisol", "Hafens von Marisol"). */
    private static void widenFirst(List<Found> out, int start, int expectedEnd) {
        Found f = out.get(out.size() - 1);
        if (f.end() == expectedEnd && f.type() == EntityType.FACILITY) {
            out.set(out.size() - 1, new Found(start, f.end(), f.key(), f.name(), f.type(), f.country(), f.role(),
                    f.personContext()));
        }
    }

    private static final Set<String> INDEFINITE = Set.of("a", "an", "ein", "eine", "einen", "un", "une", "una",
            "uno", "um", "uma");
    private static final Set<String> ARTICLES = Set.of("the", "el", "la", "le", "les", "los", "las", "der", "die",
            "das", "il", "lo", "o", "a");
    private static final java.util.regex.Pattern AIRPORT = java.util.regex.Pattern.compile(
            "aeropuerto|airport|aeroport|aeroporto|flughafen");

    private void addFacility(List<Found> out, boolean[] used, List<Token> ts, int from, int to, String name,
                             String head) {
        while (from < to && ARTICLES.contains(ts.get(from).folded())) {
            from++;
            name = name.substring(name.indexOf(' ') + 1);
        }
        if (from >= to || gazetteer.lookup(name) != null) {
            return;
        }
        boolean airport = AIRPORT.matcher(Fold.fold(head)).find();
        String key = (airport ? "airport-" : "port-of-") + Gazetteer.slug(name);
        out.add(new Found(ts.get(from).start(), ts.get(to - 1).end(), key, airport ? name + " Airport"
                : "Port of " + name, EntityType.FACILITY, null, null, false));
        for (int k = from; k < to; k++) {
            used[k] = true;
        }
        facilityNames.add(Gazetteer.key(name));
    }

    private final Set<String> facilityNames = new HashSet<>();
    private final Map<String, String> acronyms = new HashMap<>();

    private void classifyRun(AnalyzedStory a, Sentence s, int from, int to, List<Found> out) {
        List<Token> ts = s.tokens();
        String text = a.story().text();
        Lexicon lex = a.lexicon();
        // strip a leading role title ("Defense Secretary", "Peruvian President") and note it
        String role = null;
        String country = null;
        int start = from;
        RoleHit hit = roleBefore(a, ts, from, to);
        if (hit != null) {
            role = hit.role;
            country = hit.country;
            start = Math.max(from, hit.nameStart);
        }
        while (start < to && (PARTICLES.contains(ts.get(start).folded()) || isRoleWord(ts, start, lex)
                || gazetteer.countryOfDemonym(ts.get(start).folded()) != null
                || gazetteer.lookup(ts.get(start).text()) != null)) {
            if (country == null) {
                String c = gazetteer.countryOfDemonym(ts.get(start).folded());
                Gazetteer.Entry e = gazetteer.lookup(ts.get(start).text());
                country = c != null ? c : e != null && e.type() == EntityType.GPE ? e.name() : null;
            }
            start++;
        }
        for (int k = to - 1; k > start; k--) {
            if (isRoleWord(ts, k, lex)) {
                start = k + 1; // "Both Presidents", "Peruvian Defense Minister X": the name follows the last title
                break;
            }
        }
        if (start >= to) {
            return;
        }
        int end = to;
        while (end > start && (PARTICLES.contains(ts.get(end - 1).folded()))) {
            end--;
        }
        if (end == start) {
            return;
        }
        for (int k = start; k < end; k++) {
            String w = ts.get(k).text();
            if (w.equals("'s") || w.equals("’s")) {
                end = k; // "Secretary Lund's Meeting with ...": the name ends at the possessive
                break;
            }
            if (k > start && (w.endsWith("'s") || w.endsWith("’s"))) {
                end = k + 1;
                break;
            }
        }
        if (end <= start) {
            return;
        }
        String name = text.substring(ts.get(start).start(), ts.get(end - 1).end()).replaceAll("['’]s$", "");
        String key = Gazetteer.key(name);
        if (gazetteer.lookup(name) != null || facilityNames.contains(key)) {
            return;
        }
        String head = gazetteer.nameHead(ts.get(start).folded());
        if ("NONE".equals(head) || INDEFINITE.contains(ts.get(start).folded())) {
            return; // "Fuentes de Palacio indicaron", "Ein Abkommen ...": a common noun, not a name
        }
        String kind = head;
        for (int k = start + 1; k < end && kind == null; k++) {
            String h = gazetteer.nameHead(ts.get(k).folded());
            // after a title ("la gobernadora regional, Rosa Marina X") a body word inside the name is a name
            kind = "OTHER".equals(h) || "ORG".equals(h) && role == null ? h : null;
        }
        for (int k = start; k < end && kind == null; k++) {
            // "Brenholt–Nova Velmont", "Velmont-Cerro Alto": a route between places, not a person (people's double
            // names take a hyphen between names, never a dash, and no place word)
            String w = ts.get(k).folded();
            if (ts.get(k).text().matches(".*\\p{L}[–—]\\p{L}.*")) {
                kind = "OTHER";
            } else if (w.contains("-")) {
                for (String piece : w.split("-")) {
                    if ("LOC".equals(gazetteer.nameHead(piece))) {
                        kind = "OTHER";
                    }
                }
            }
        }
        boolean compound = ts.get(start).text().matches(".*\\p{L}[–—-]\\p{L}.*");
        if (("OTHER".equals(kind) || "LOC".equals(kind)) && (end - start >= 2 || compound)) {
            out.add(new Found(ts.get(start).start(), ts.get(end - 1).end(), Gazetteer.slug(name), name,
                    EntityType.valueOf(kind), country, null, false));
            return;
        }
        boolean org = "ORG".equals(kind);
        for (int k = start; k < end; k++) {
            if (ORG_CUES.contains(ts.get(k).folded().replaceAll("[^a-z.]", ""))) {
                org = true;
            }
        }
        int n = end - start;
        boolean sentenceStart = start == 0 || ts.get(start - 1).text().matches("[\"“„«(]");
        if (org) {
            if (n >= 2 || hasAcronym(ts.get(start).text())) {
                out.add(new Found(ts.get(start).start(), ts.get(end - 1).end(), Gazetteer.slug(name), name,
                        EntityType.ORG, country, null, false));
                if (end + 2 < ts.size() && ts.get(end).text().equals("(") && hasAcronym(ts.get(end + 1).text())
                        && ts.get(end + 2).text().equals(")")) {
                    acronyms.put(ts.get(end + 1).text(), Gazetteer.slug(name));
                    out.add(new Found(ts.get(end + 1).start(), ts.get(end + 1).end(), Gazetteer.slug(name), name,
                            EntityType.ORG, country, null, false));
                }
            }
            return;
        }
        if (n < 2 || n > 4) {
            return;
        }
        if (lex != null && a.lexicon().language().equals("de") && role == null && !allProper(ts, start, end)) {
            return; // German capitalises common nouns: trust the tagger there
        }
        if (role == null && portfolio(ts, start, lex)) {
            return; // "ministro de Comercio Exterior y Turismo": the title's portfolio, not a person
        }
        if (role == null && start > 0 && lex != null) {
            int at = ts.get(start - 1).text().equals(".") && start > 1 ? start - 2 : start - 1;
            String abbreviation = ts.get(at).folded().replace(".", "");
            role = TITLE_ABBREVIATIONS.get(abbreviation + ":" + lex.language()); // "Sen. X", "Rep. Y"
        }
        boolean personContext = role != null || honorificBefore(ts, start, lex) || sayAfter(ts, end, lex);
        if (sentenceStart && !personContext && n < 2) {
            return;
        }
        out.add(new Found(ts.get(start).start(), ts.get(start).start() + name.length(), key, name, EntityType.PERSON,
                country, role, personContext));
    }

    /**
     * Whether a capitalised run names a title's portfolio: it follows "of"/"de" right after a title word, maybe
     * after other capitalised words joined by "and" ("ministro de Agricultura y Asuntos Rurales").
     */
    private static boolean portfolio(List<Token> ts, int start, Lexicon lex) {
        int k = start - 1;
        for (int steps = 0; k >= 1 && steps < 6; steps++) {
            Token t = ts.get(k);
            if (OF.contains(t.folded()) && !t.isCapitalized()) {
                return isRoleWord(ts, k - 1, lex);
            }
            if (!(t.isCapitalized() || lex != null && lex.isWord(t.folded(), "and"))) {
                return false;
            }
            k--;
        }
        return false;
    }

    private static boolean isRoleWord(List<Token> ts, int i, Lexicon lex) {
        if (lex == null) {
            return false;
        }
        for (Lexicon.Role r : lex.roles()) {
            if (r.pattern().length() == 1 && r.pattern().matchesAt(ts, i)) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasAcronym(String s) {
        return s.length() >= 2 && s.chars().allMatch(Character::isUpperCase);
    }

    private static boolean allProper(List<Token> ts, int from, int to) {
        for (int k = from; k < to; k++) {
            String pos = ts.get(k).pos();
            if (!"PROPN".equals(pos) && !"X".equals(pos) && !INITIAL.matcher(ts.get(k).text()).matches()) {
                return false;
            }
        }
        return true;
    }

    private static boolean honorificBefore(List<Token> ts, int start, Lexicon lex) {
        if (lex == null || start == 0) {
            return false;
        }
        String prev = ts.get(start - 1).folded().replace(".", "");
        return lex.isWord(prev, "honorifics");
    }

    private static boolean sayAfter(List<Token> ts, int end, Lexicon lex) {
        if (lex == null) {
            return false;
        }
        for (int k = end; k < Math.min(ts.size(), end + 3); k++) {
            if (lex.find(ts.subList(k, Math.min(ts.size(), k + 3)), "say").stream().anyMatch(m -> m.from() == 0)) {
                return true;
            }
        }
        return false;
    }

    private record RoleHit(String role, String country, int nameStart) {
    }

    /** A role title inside the run's head or just before it ("Defense Minister X", "la ministra X"). */
    private RoleHit roleBefore(AnalyzedStory a, List<Token> ts, int from, int to) {
        Lexicon lex = a.lexicon();
        if (lex == null) {
            return null;
        }
        String country = null;
        int lo = Math.max(0, from - 10);
        RoleHit best = null;
        for (int i = lo; i < to - 1; i++) {
            for (Lexicon.Role r : lex.roles()) {
                if (r.pattern().matchesAt(ts, i)) {
                    int end = i + r.pattern().length();
                    // "Defense Minister, X" and "presidente de China, X": the title, its country, a comma, the name
                    int gap = end;
                    while (gap < from && (ts.get(gap).text().equals(",") || countryOf(ts.get(gap)) != null
                            || Set.of("de", "of", "del", "du", "von", "der", "des", "la", "the", "d'")
                            .contains(ts.get(gap).folded()))) {
                        gap++;
                    }
                    boolean apposition = end < from && gap == from && ts.get(from - 1).text().equals(",");
                    // "el ministro chileno X", "la ministra della Produzione peruviana X": a demonym (after the
                    // portfolio, if any) right before the name
                    Token last = ts.get(Math.max(0, from - 1));
                    boolean demonymBetween = end < from && from - end <= 5
                            && (gazetteer.countryOfDemonym(last.folded()) != null
                            || from - end == 1 && lex.isWord(last.folded(), "affiliation")); // "senadora republicana X"
                    boolean ofSeen = false;
                    for (int k = end; k < from - 1 && demonymBetween; k++) {
                        Token t = ts.get(k);
                        ofSeen |= OF.contains(t.folded()) && !t.isCapitalized();
                        demonymBetween = gazetteer.countryOfDemonym(t.folded()) != null
                                || OF.contains(t.folded()) && !t.isCapitalized() || ofSeen && t.isCapitalized();
                    }
                    apposition |= demonymBetween;
                    if (!apposition && end < from && ts.get(from - 1).text().equals(",")) {
                        // "Sprecher des chinesischen Außenministeriums, X", "spokesperson for the Foreign
                        // Ministry, X": the body the title belongs to, then the name
                        apposition = bodyAfterTitle(ts, end, from - 1);
                    }
                    if ((end >= from || apposition) && end < to) {
                        // country from tokens around the title, not across punctuation: "US-", "Peruvian",
                        // "Peru's", "de Perú", "des chinesischen Außenministeriums"
                        for (int k = i - 1; k >= Math.max(0, i - 3) && country == null; k--) {
                            if (!ts.get(k).isWord()) {
                                break;
                            }
                            country = countryOf(ts.get(k));
                        }
                        int reach = end < from && ts.get(from - 1).text().equals(",") ? from - 1 : end + 3;
                        for (int k = i; k < Math.min(ts.size(), reach) && country == null; k++) {
                            if (k > i && !ts.get(k).isWord()) {
                                break;
                            }
                            country = countryOf(ts.get(k));
                        }
                        best = new RoleHit(r.role(), country, end);
                    }
                    i = end - 1; // a longer title wins over the words inside it ("Defense Secretary")
                    break;
                }
            }
        }
        return best;
    }

    private static final Set<String> OF = Set.of("of", "for", "at", "de", "del", "des", "du", "von", "vom", "der",
            "di", "della", "dello", "degli", "do", "da", "dos", "das", "beim");

    /**
     * Whether tokens {@code [from, to)} name the body a title belongs to: at most seven words, none a verb, with
     * a noun ("des chinesischen Außenministeriums", "for the Foreign Ministry", "de la cancillería china").
     */
    private static boolean bodyAfterTitle(List<Token> ts, int from, int to) {
        if (to <= from || to - from > 7) {
            return false;
        }
        // "des Außenministeriums", or one lower-case word first: "regional de Velmont"
        boolean of = OF.contains(ts.get(from).folded()) || to - from > 1 && !ts.get(from).isCapitalized()
                && OF.contains(ts.get(from + 1).folded());
        if (!of) {
            return false;
        }
        boolean noun = false;
        for (int k = from; k < to; k++) {
            Token t = ts.get(k);
            String pos = t.pos();
            if (!t.isWord() || "VERB".equals(pos) || "AUX".equals(pos)) {
                return false;
            }
            noun |= "NOUN".equals(pos) || "PROPN".equals(pos) || "X".equals(pos); // X: no tagger
        }
        return noun;
    }

    private String countryOf(Token t) {
        String c = gazetteer.countryOfDemonym(t.folded());
        if (c != null) {
            return c;
        }
        String head = t.text().contains("-") ? t.text().substring(0, t.text().indexOf('-')) : t.text();
        head = head.replaceAll("['’]s?$", "");
        Gazetteer.Entry e = gazetteer.lookup(head);
        return e != null && e.type() == EntityType.GPE && e.name().equals(e.country()) ? e.name() : null;
    }

    /** Full names seen for a person, and whether any occurrence had a person context. */
    private static final class PersonInfo {
        final String name;
        boolean confirmed;
        PersonInfo mergedInto;

        PersonInfo(String name) {
            this.name = name;
        }

        final Set<String> roles = new HashSet<>();

        void add(Found f) {
            confirmed |= f.personContext();
            if (f.role() != null && !ADMINISTRATION.equals(f.role())) {
                roles.add(f.role());
            }
        }

        boolean confirmed() {
            return confirmed;
        }
    }

    /** Collects what the stories say about one entity. */
    private static final class EntityBuilder {
        final String id;
        final String name;
        final EntityType type;
        String country;
        final Map<String, Integer> roles = new LinkedHashMap<>();
        final Map<String, Integer> countries = new LinkedHashMap<>();
        final Set<String> aliases = new java.util.TreeSet<>();

        EntityBuilder(String id, String name, EntityType type) {
            this.id = id;
            this.name = name;
            this.type = type;
        }

        void addRole(String role, String c, int weight) {
            if (role != null) {
                roles.merge(role, weight, Integer::sum);
            }
            if (c != null) {
                countries.merge(c, 1, Integer::sum);
            }
        }

        void alias(String surface) {
            if (!surface.equals(name)) {
                aliases.add(surface);
            }
        }

        Entity build() {
            List<String> all = roles.entrySet().stream()
                    .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry::getKey))
                    .map(Map.Entry::getKey).toList();
            List<String> rs = all.stream().filter(r -> all.stream()
                    .noneMatch(o -> !o.equals(r) && o.startsWith(r + " "))).toList();
            String c = country;
            if (c == null) {
                c = countries.entrySet().stream()
                        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()
                                .thenComparing(Map.Entry::getKey))
                        .map(Map.Entry::getKey).findFirst().orElse(null);
            }
            return new Entity(id, name, type, null, List.copyOf(aliases), rs, c);
        }
    }

}
