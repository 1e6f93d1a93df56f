package factbrief.model;

import java.util.Objects;

/** A person or body taking part in a meeting, with the role and country the stories give. */
public record Participant(String name, String role, String country, String entity) {
    public Participant {
        Objects.requireNonNull(name, "name");
    }
}
