package factbrief.model;

import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The two countries whose people the stories are about: each country scores the stories that mention its people,
 * and the two highest are the sides. A third country's commenting diplomat does not make it a side, so its
 * country can be a focus of the brief.
 */
public final class Sides {
    private Sides() {
    }

    /** Country names (as in {@link Entity#country()}), highest score first; at most two. */
    public static Set<String> of(List<Entity> entities, List<Story> stories) {
        Map<String, String> countryOf = new HashMap<>();
        entities.stream().filter(e -> e.type() == EntityType.PERSON && e.country() != null)
                .forEach(e -> countryOf.put(e.id(), e.country()));
        Map<String, Integer> score = new HashMap<>();
        for (Story s : stories) {
            Set<String> people = new HashSet<>();
            s.mentions().stream().map(Mention::entity).filter(countryOf::containsKey).forEach(people::add);
            people.forEach(p -> score.merge(countryOf.get(p), 1, Integer::sum));
        }
        Set<String> out = new LinkedHashSet<>();
        score.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(2).forEach(e -> out.add(e.getKey()));
        return out;
    }
}
