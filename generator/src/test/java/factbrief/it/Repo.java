package factbrief.it;

import java.nio.file.Path;

/** Paths of the repository and of the shared dev set, as the build passes them to the tests. */
final class Repo {
    private Repo() {
    }

    static Path root() {
        return Path.of(System.getProperty("factbrief.root", "..")).toAbsolutePath().normalize();
    }

    /** The dev set: {@code -Dfactbrief.devset=DIR} when given, else {@code ../shared/devset} beside the repository. */
    static Path devset() {
        String override = System.getProperty("factbrief.devset", "");
        return override.isBlank() ? root().resolve("../shared/devset").normalize()
                : Path.of(override).toAbsolutePath().normalize();
    }

    static boolean updateGoldens() {
        return Boolean.parseBoolean(System.getProperty("golden.update", "false"));
    }
}
