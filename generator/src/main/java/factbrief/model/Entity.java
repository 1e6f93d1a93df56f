package factbrief.model;

import java.util.List;
import java.util.Objects;

/** A canonical entity of a cluster, with the names and roles it goes by. */
public record Entity(String id, String name, EntityType type, String kb, List<String> aliases, List<String> roles,
                     String country) {
    public Entity {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        aliases = List.copyOf(aliases == null ? List.of() : aliases);
        roles = List.copyOf(roles == null ? List.of() : roles);
    }
}
