package factbrief.render;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Atomic writes: complete new content, or the old file untouched, and no temporary files left behind. */
class AtomicFilesTest {

    @Test
    void writesAndReplacesLeavingNoTemporaryFiles(@TempDir Path dir) throws IOException {
        Path target = dir.resolve("sub").resolve("brief.html");
        AtomicFiles.write(target, "first".getBytes(StandardCharsets.UTF_8));
        assertEquals("first", Files.readString(target));
        byte[] big = new byte[3 * 1024 * 1024];
        for (int i = 0; i < big.length; i++) {
            big[i] = (byte) i;
        }
        AtomicFiles.write(target, big);
        assertArrayEquals(big, Files.readAllBytes(target));
        try (var files = Files.list(target.getParent())) {
            assertEquals(List.of(target), files.toList());
        }
    }

    @Test
    void aFailedWriteKeepsTheOldFileAndCleansUp(@TempDir Path dir) throws IOException {
        Path target = dir.resolve("brief.pdf");
        Files.createDirectories(target);
        Files.writeString(target.resolve("keep"), "old");   // a non-empty folder cannot be replaced by a file
        assertThrows(IOException.class, () -> AtomicFiles.write(target, new byte[] {1, 2, 3}));
        assertEquals("old", Files.readString(target.resolve("keep")));
        try (var files = Files.list(dir)) {
            assertEquals(List.of(target), files.toList(), "the temporary file was removed");
        }
    }
}
