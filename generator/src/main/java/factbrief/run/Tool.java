package factbrief.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.List;
import java.util.stream.Stream;

/** The tool's name and version, and the fingerprint of a templates folder: what run.json says wrote the outputs. */
public final class Tool {
    /** The tool's name. */
    public static final String NAME = "factbrief";
    /** The tool's version; a change re-renders every brief of a week (so does {@code --force}). */
    public static final String VERSION = "0.1.0";

    private Tool() {
    }

    /**
     * The SHA-256 of the program itself: its jar, or every file of its classes folder when it runs unpacked (tests,
     * IDE), so that a rebuilt program re-renders the week even when {@link #VERSION} stayed the same. The lexicons,
     * gazetteer and model index are resources of the same jar, so a data change counts as a code change.
     */
    public static String codeFingerprint() {
        return CodeFingerprint.VALUE;
    }

    private static final class CodeFingerprint {
        static final String VALUE = compute();

        private static String compute() {
            Path where;
            try {
                where = Path.of(Tool.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            } catch (java.net.URISyntaxException | RuntimeException e) {
                return "unknown";
            }
            try {
                return Files.isDirectory(where) ? folderFingerprint(where)
                        : Hashes.hex(Hashes.sha256(Files.readAllBytes(where)));
            } catch (IOException | UncheckedIOException e) {
                return "unknown";
            }
        }
    }

    /**
     * The SHA-256 over every file of {@code templatesDir} (relative path and content, in path order), so that a
     * changed template or message bundle re-renders the week.
     */
    public static String templatesFingerprint(Path templatesDir) {
        return folderFingerprint(templatesDir);
    }

    private static String folderFingerprint(Path templatesDir) {
        MessageDigest md = Hashes.sha256();
        Path root = templatesDir.toAbsolutePath().normalize();
        List<Path> files;
        try (Stream<Path> s = Files.walk(root)) {
            files = s.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the files in " + root, e);
        }
        try {
            for (Path f : files) {
                String rel = root.relativize(f).toString().replace('\\', '/');
                md.update(rel.getBytes(StandardCharsets.UTF_8));
                md.update((byte) 0);
                md.update(Hashes.hex(Hashes.sha256(Files.readAllBytes(f))).getBytes(StandardCharsets.US_ASCII));
                md.update((byte) '\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the files in " + root, e);
        }
        return Hashes.hex(md.digest());
    }
}
