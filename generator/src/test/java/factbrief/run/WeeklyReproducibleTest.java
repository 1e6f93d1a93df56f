package factbrief.run;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static factbrief.run.WeekFixtures.AS_OF;
import static factbrief.run.WeekFixtures.WEEK;
import static factbrief.run.WeekFixtures.files;
import static factbrief.run.WeekFixtures.manifestWithoutTimings;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The same week and {@code --as-of} give the same bytes in every brief and the index, whatever the time zone, default
 * locale and default charset of the JVM: two child JVMs far apart on all three, outputs compared byte for byte.
 */
class WeeklyReproducibleTest {
    @TempDir
    Path tmp;

    @Test
    void twoRunsUnderDifferentTimeZonesAndLocalesWriteIdenticalBytes() throws Exception {
        Path inbox = tmp.resolve("inbox");
        WeekFixtures.writeClusters(inbox.resolve(WEEK), "repro", 2);
        Files.copy(Path.of(WeeklyReproducibleTest.class.getClassLoader().getResource("fixtures/lakeside.json")
                .toURI()), inbox.resolve(WEEK).resolve("lakeside.stories.json")); // accents, an emoji, Spanish

        Path east = run(inbox, tmp.resolve("out-east"), Map.of("TZ", "Pacific/Kiritimati", "LC_ALL", "C"),
                List.of("-Duser.timezone=Pacific/Kiritimati", "-Duser.language=tr", "-Duser.country=TR"));
        Path west = run(inbox, tmp.resolve("out-west"), Map.of("TZ", "America/St_Johns", "LC_ALL", "C.UTF-8"),
                List.of("-Duser.timezone=America/St_Johns", "-Duser.language=ar", "-Duser.country=EG"));

        Map<String, byte[]> a = files(east);
        Map<String, byte[]> b = files(west);
        assertEquals(a.keySet(), b.keySet());
        assertEquals(3 * 3 + 2, a.size(), a.keySet()::toString);
        for (String name : a.keySet()) {
            if (name.equals("run.json")) {
                assertEquals(manifestWithoutTimings(a.get(name)), manifestWithoutTimings(b.get(name)));
            } else {
                assertArrayEquals(a.get(name), b.get(name), name + " differs between the two runs");
            }
        }
    }

    private static Path run(Path inbox, Path out, Map<String, String> env, List<String> jvm) throws Exception {
        Files.createDirectories(out);
        Path log = out.resolveSibling(out.getFileName() + ".log");
        int exit = ChildJvm.runToEnd(ChildJvm.weekly(env, jvm, log, List.of("--inbox", inbox.toString(), "--out",
                out.toString(), "--week", WEEK, "--as-of", AS_OF, "--templates", WeekFixtures.templates().toString(),
                "--threads", "2")));
        String output = Files.readString(log);
        assertEquals(0, exit, output);
        assertTrue(output.contains("0 of 3 briefs failed"), output);
        return out.resolve(WEEK);
    }
}
