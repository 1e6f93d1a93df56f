package factbrief.view;

import java.nio.file.Path;

/** The repository's message bundles, for view tests. */
final class ViewFixtures {
    private static Messages messages;

    private ViewFixtures() {
    }

    static Path templates() {
        return Path.of(System.getProperty("factbrief.root", "..")).resolve("templates");
    }

    static synchronized Messages messages() {
        if (messages == null) {
            messages = Messages.load(templates().resolve("messages"));
        }
        return messages;
    }
}
