package factbrief.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A cluster of stories about one event, with its canonical entities and focus. */
public record Cluster(String id, String title, String week, List<String> focus, List<Entity> entities,
                      List<Story> stories) {
    public Cluster {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        focus = List.copyOf(focus == null ? List.of() : focus);
        entities = List.copyOf(entities == null ? List.of() : entities);
        stories = List.copyOf(stories == null ? List.of() : stories);
    }

    public Optional<Entity> entity(String entityId) {
        return entities.stream().filter(e -> e.id().equals(entityId)).findFirst();
    }

    public Optional<Story> story(String storyId) {
        return stories.stream().filter(s -> s.id().equals(storyId)).findFirst();
    }

    /** The cluster restricted to one story (for single-story briefs). */
    public Cluster withOnly(Story story) {
        return new Cluster(id, title, week, focus, entities, List.of(story));
    }
}
