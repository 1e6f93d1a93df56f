package factbrief.it;

import java.nio.file.Path;

/** Paths of the repository and of the shared dev set, as the build passes them to the tests. */
final class Repo {
    private Repo() {
    }

    static Path root() {
        return Path.of(System.getProperty("factbrief.root", "..")).toAbsolutePath().normalize();
    }

    static Path devset() {
        return root().resolve("../shared/devset").normalize();
    }

    static boolean updateGoldens() {
        return Boolean.parseBoolean(System.getProperty("golden.update", "false"));
    }
}
