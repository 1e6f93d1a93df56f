package factbrief.it;

import factbrief.cli.App;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The committed seed cluster file is what {@code annotate} writes from the raw seed texts today. */
class SeedClusterTest {
    @TempDir
    Path tmp;

    @Test
    void committedSeedClusterIsFresh() throws IOException {
        Path root = Repo.root();
        List<String> args = new ArrayList<>(List.of("annotate"));
        for (String line : Files.readAllLines(root.resolve("seeds/annotate.args"))) {
            String a = line.strip().replaceAll("^\"|\"$", "");
            args.add(a.startsWith("seeds/") ? root.resolve(a).toString() : a);
        }
        Path fresh = tmp.resolve("cluster.json");
        args.add("-o");
        args.add(fresh.toString());
        int code = App.commandLine(Clock.systemUTC()).execute(args.toArray(String[]::new));
        assertEquals(0, code);
        assertEquals(Files.readString(root.resolve("seeds/us-peru-defense-2025-05.cluster.json")),
                Files.readString(fresh), "seeds/us-peru-defense-2025-05.cluster.json is stale: run scripts/seed-cluster.sh");
    }
}
