package factbrief.input;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every file in {@code bad-inputs/} is rejected with the message fragment that {@code expected.tsv} lists for it. */
class BadInputsTest {
    private static final ClusterReader READER = new ClusterReader();
    private static final Path DIR = resourceDir("bad-inputs");
    private static final Map<String, String> EXPECTED = expected();

    static Stream<Path> files() throws IOException {
        try (Stream<Path> s = Files.list(DIR)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().collect(Collectors.toList())
                    .stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void rejected(Path file) throws IOException {
        String name = file.getFileName().toString();
        String fragment = EXPECTED.get(name);
        assertNotNull(fragment, "no line for " + name + " in bad-inputs/expected.tsv");

        InputException e = assertThrows(InputException.class, () -> READER.read(file));
        String message = e.getMessage();
        String rest = message.startsWith(file.toString()) ? message.substring(file.toString().length()) : null;
        assertAll(
                () -> assertNotNull(rest, () -> "message does not start with the file: " + message),
                () -> assertTrue(rest.matches("(?s):[1-9][0-9]*:[1-9][0-9]*: .+") || rest.matches("(?s): /\\S*: .+"),
                        () -> "message names neither a line:column nor a pointer: " + message),
                () -> assertTrue(e.line() > 0 || e.pointer() != null),
                () -> assertEquals(file, e.file()),
                () -> assertEquals(InputException.EXIT, e.exitCode()),
                () -> assertTrue(message.contains(fragment),
                        () -> "expected [" + fragment + "] in [" + message + "]"));

        InputException fromBytes = assertThrows(InputException.class,
                () -> READER.read(file, Files.readAllBytes(file)));
        assertEquals(message, fromBytes.getMessage(), "read(Path) and read(Path, byte[]) disagree");
    }

    @Test
    void everyExpectationHasItsFile() {
        List<String> orphans = EXPECTED.keySet().stream().filter(n -> !Files.exists(DIR.resolve(n))).toList();
        assertEquals(List.of(), orphans, "lines in expected.tsv without a file");
    }

    @Test
    void corpusHasAtLeastFortyFiles() throws IOException {
        try (Stream<Path> s = files()) {
            assertTrue(s.count() >= 40);
        }
    }

    private static Map<String, String> expected() {
        Map<String, String> map = new TreeMap<>();
        try {
            for (String line : Files.readAllLines(DIR.resolve("expected.tsv"), StandardCharsets.UTF_8)) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t", 2);
                if (cells.length != 2 || cells[1].isBlank() || map.put(cells[0], cells[1]) != null) {
                    throw new IllegalStateException("bad line in expected.tsv: " + line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return map;
    }

    static Path resourceDir(String name) {
        try {
            return Path.of(BadInputsTest.class.getResource("/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
