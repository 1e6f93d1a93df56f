package factbrief.annotate;

import factbrief.model.Entity;
import factbrief.model.EntityType;
import factbrief.model.Mention;
import factbrief.model.Story;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The cluster's focus: what the brief's positions are about. */
final class Focus {
    private Focus() {
    }

    /**
     * A focus name the stories mention but no recogniser found ("--focus Kestrel") becomes an entity of its own,
     * with every whole-word, case-sensitive occurrence as a mention.
     */
    static void addUnknown(List<String> focusNames, List<Entity> entities, List<Story> stories) {
        if (focusNames == null) {
            return;
        }
        for (String name : focusNames) {
            String k = Gazetteer.key(name);
            boolean known = entities.stream().anyMatch(e -> Gazetteer.key(e.name()).equals(k)
                    || Gazetteer.key(e.name()).contains(k) || e.aliases().stream().anyMatch(al -> Gazetteer.key(al)
                    .equals(k)));
            if (known || name.isBlank()) {
                continue;
            }
            String id = Gazetteer.slug(name);
            java.util.regex.Pattern word = java.util.regex.Pattern.compile("(?<![\\p{L}\\p{N}])"
                    + java.util.regex.Pattern.quote(name) + "(?![\\p{L}\\p{N}])");
            boolean any = false;
            for (int i = 0; i < stories.size(); i++) {
                Story st = stories.get(i);
                List<Mention> ms = new ArrayList<>(st.mentions());
                java.util.regex.Matcher m = word.matcher(st.text());
                while (m.find()) {
                    int a = m.start();
                    int b = m.end();
                    if (ms.stream().noneMatch(x -> x.start() < b && a < x.end())) {
                        ms.add(new Mention(id, a, b));
                        any = true;
                    }
                }
                ms.sort(Comparator.comparingInt(Mention::start).thenComparingInt(Mention::end));
                stories.set(i, new Story(st.id(), st.text(), st.language(), st.url(), st.site(), st.published(),
                        st.title(), ms));
            }
            if (any) {
                entities.add(new Entity(id, name, EntityType.OTHER, null, List.of(), List.of(), null));
            }
        }
        entities.sort(Comparator.comparing(Entity::id));
    }


    /** Focus entity ids: the names asked for, else the most-discussed entities that take no part in the event. */
    static List<String> of(List<String> focusNames, List<Entity> entities, List<Story> stories) {
        List<String> out = new ArrayList<>();
        if (focusNames != null && !focusNames.isEmpty()) {
            for (String n : focusNames) {
                String k = Gazetteer.key(n);
                entities.stream().filter(e -> Gazetteer.key(e.name()).equals(k) || Gazetteer.key(e.name()).contains(k)
                                || e.aliases().stream().anyMatch(al -> Gazetteer.key(al).equals(k)))
                        .findFirst().ifPresent(e -> out.add(e.id()));
            }
            return out.stream().distinct().toList();
        }
        // The most-discussed entities that take no part in the event: not a person, not a region, and not a
        // participant's country or one of its bodies and places.
        Set<String> sides = factbrief.model.Sides.of(entities, stories);
        // a capital named for its government ("Washington criticised ...") counts for its country
        Map<String, String> countryIdOf = Gazetteer.shared().capitalCountries(entities);
        Map<String, Set<String>> storiesOf = new HashMap<>();
        for (Story s : stories) {
            for (Mention m : s.mentions()) {
                storiesOf.computeIfAbsent(m.entity(), k -> new HashSet<>()).add(s.id());
                if (countryIdOf.containsKey(m.entity())) {
                    storiesOf.computeIfAbsent(countryIdOf.get(m.entity()), k -> new HashSet<>()).add(s.id());
                }
            }
        }
        List<Entity> ranked = entities.stream()
                .filter(e -> e.type() == EntityType.GPE || e.type() == EntityType.FACILITY
                        || e.type() == EntityType.OTHER || e.type() == EntityType.EVENT)
                .filter(e -> !sides.contains(e.name()) && (e.country() == null || !sides.contains(e.country())))
                .filter(e -> !(e.type() == EntityType.GPE && e.country() != null && !e.country().equals(e.name())))
                .filter(e -> storiesOf.getOrDefault(e.id(), Set.of()).size() >= 2)
                .filter(e -> !isVenue(e.id(), stories))
                .sorted(Comparator.comparingInt((Entity e) -> -storiesOf.get(e.id()).size()).thenComparing(Entity::id))
                .toList();
        if (ranked.isEmpty()) {
            return List.of();
        }
        int top = storiesOf.get(ranked.get(0).id()).size();
        return ranked.stream().filter(e -> storiesOf.get(e.id()).size() * 2 >= top).limit(2).map(Entity::id)
                .toList();
    }

    /** A locative or directional preposition (and article) just before a place name. */
    static final java.util.regex.Pattern LOCATIVE = java.util.regex.Pattern.compile(
            "(?iu)\\b(at|in|inside|to|for|towards|im|am|vom|aus dem|nach|from|en|a|hacia|para|au|aux|à|vers|pour|del|"
                    + "desde|dal|nel|verso|per|no|na|dans|den)\\s+"
                    + "(the\\s+|el\\s+|la\\s+|le\\s+|l'|l’|dem\\s+|der\\s+|o\\s+|il\\s+)?$");

    private static final java.util.regex.Pattern COORDINATED = java.util.regex.Pattern.compile(
            "(?u)^(.*\\s)\\p{Lu}[\\p{L}-]+\\s+(?:and|y|e|et|und)\\s+$");

    /**
     * A place where things happen or go ("at the Pentagon", "en el Palacio de Gobierno", "flights leaving for
     * Bolivia", "con destino a Bolivia") rather than a topic.
     */
    private static boolean isVenue(String entityId, List<Story> stories) {
        int total = 0;
        int locative = 0;
        for (Story s : stories) {
            for (Mention m : s.mentions()) {
                if (m.entity().equals(entityId)) {
                    total++;
                    String before = s.text().substring(Math.max(0, m.start() - 14), m.start());
                    java.util.regex.Matcher and = COORDINATED.matcher(
                            s.text().substring(Math.max(0, m.start() - 40), m.start()));
                    if (LOCATIVE.matcher(before).find()
                            || and.find() && LOCATIVE.matcher(and.group(1)).find()) {
                        locative++; // "for Bolivia and Brazil": both are where the flights go
                    }
                }
            }
        }
        return total > 0 && locative * 2 >= total;
    }
}
