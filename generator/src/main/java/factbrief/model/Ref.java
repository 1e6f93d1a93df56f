package factbrief.model;

import java.util.Objects;

/** A named reference to an entity of the cluster; {@code entity} is null when the name matches no entity. */
public record Ref(String name, String entity) {
    public Ref {
        Objects.requireNonNull(name, "name");
    }
}
