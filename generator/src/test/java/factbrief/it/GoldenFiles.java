package factbrief.it;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import com.github.difflib.patch.Patch;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.fail;

/** Golden-file comparison with a unified diff on mismatch; rewritten only with {@code -Dgolden.update=true}. */
final class GoldenFiles {
    private GoldenFiles() {
    }

    static void assertMatches(Path golden, String actual) throws IOException {
        if (Repo.updateGoldens()) {
            Files.createDirectories(golden.getParent());
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
            return;
        }
        if (!Files.exists(golden)) {
            fail("no golden file " + golden + "; create it with mvn test -Dgolden.update=true and read it");
        }
        String expected = Files.readString(golden, StandardCharsets.UTF_8);
        if (!expected.equals(actual)) {
            List<String> a = expected.lines().toList();
            List<String> b = actual.lines().toList();
            Patch<String> patch = DiffUtils.diff(a, b);
            List<String> diff = UnifiedDiffUtils.generateUnifiedDiff(golden.toString(), "actual", a, patch, 2);
            fail("output differs from " + golden + " (update on purpose with -Dgolden.update=true):\n"
                    + String.join("\n", diff.subList(0, Math.min(diff.size(), 80))));
        }
    }
}
