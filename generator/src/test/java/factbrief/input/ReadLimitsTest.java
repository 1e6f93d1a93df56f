package factbrief.input;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static factbrief.input.Fixtures.HARBOR;
import static factbrief.input.Fixtures.oneStory;
import static factbrief.input.Fixtures.utf8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Hostile sizes, generated here rather than committed: deep nesting, huge strings, huge files. */
class ReadLimitsTest {
    private static final Path NAME = Path.of("big.json");
    private final ClusterReader reader = new ClusterReader();

    private static String rejection(ClusterReader reader, String json) {
        return assertThrows(InputException.class, () -> reader.read(NAME, utf8(json))).getMessage();
    }

    @Test
    void arraysNested10000Deep() {
        String json = "[".repeat(10_000) + "]".repeat(10_000);
        assertEquals("big.json:1:66: nesting is deeper than 64 levels", rejection(reader, json));
    }

    @Test
    void objectsNested10000DeepInsideACluster() {
        String json = "{\"format\": \"factbrief.cluster/1\", \"description\": " + "{\"a\":".repeat(10_000)
                + "1" + "}".repeat(10_000) + "}";
        assertEquals("big.json:1:366: nesting is deeper than 64 levels", rejection(reader, json));
    }

    @Test
    void nestingLimitIsSixtyFourLevels() {
        String at = "\"format\": \"factbrief.cluster/1\",";
        String within = HARBOR.replace(at, at + " \"description\": " + "[".repeat(63) + "]".repeat(63) + ",");
        assertEquals("big.json: /description: expected string, found array", rejection(reader, within));
        String beyond = HARBOR.replace(at, at + " \"description\": " + "[".repeat(64) + "]".repeat(64) + ",");
        assertEquals("big.json:2:115: nesting is deeper than 64 levels", rejection(reader, beyond));
    }

    @Test
    void twentyMegabyteStoryIsRejected() {
        String text = "Valdoria ".repeat(20 * 1024 * 1024 / 9);
        assertEquals("big.json: /stories/0/text: is 20971512 characters long; the limit is 1000000",
                rejection(reader, oneStory("\"text\": \"" + text + "\"")));
    }

    @Test
    void textLimitCountsCodePointsNotChars() {
        String emoji = "🌊".repeat(1_000_000); // two million chars
        assertEquals(1_000_000, reader.read(NAME, utf8(oneStory("\"text\": \"" + emoji + "\""))).stories().get(0)
                .text().codePointCount(0, 2_000_000));
        assertEquals("big.json: /stories/0/text: is 1000001 characters long; the limit is 1000000",
                rejection(reader, oneStory("\"text\": \"" + "x".repeat(1_000_001) + "\"")));
    }

    @Test
    void parserStringLimit() {
        ClusterReader small = new ClusterReader(new Limits(1 << 20, 100, 1000, 64, 100));
        assertEquals("big.json:1:115: string is longer than 100 characters",
                rejection(small, "{\"format\": \"" + "f".repeat(101) + "\"}"));
    }

    @Test
    void parserNameLimit() {
        ClusterReader small = new ClusterReader(new Limits(1 << 20, 100, 10, 64, 100));
        assertEquals("big.json:1:15: property name is longer than 10 characters",
                rejection(small, "{\"abcdefghijk\": 1}"));
    }

    @Test
    void documentLimitForBytesAndFiles(@TempDir Path dir) throws IOException {
        ClusterReader small = new ClusterReader(new Limits(500, 100, 1000, 64, 100));
        int size = utf8(HARBOR).length;
        assertEquals("big.json: /: the file is " + size + " bytes; the limit is 500", rejection(small, HARBOR));
        Path file = Files.writeString(dir.resolve("big.json"), HARBOR);
        assertEquals(file + ": /: the file is " + size + " bytes; the limit is 500",
                assertThrows(InputException.class, () -> small.read(file)).getMessage());
    }

    @Test
    void defaultLimits() {
        assertEquals(new Limits(64 << 20, 32 << 20, 1000, 64, 100), Limits.DEFAULT);
    }
}
