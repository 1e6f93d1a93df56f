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
     * The SHA-256 over every file of {@code templatesDir} (relative path and content, in path order), so that a
     * changed template or message bundle re-renders the week.
     */
    public static String templatesFingerprint(Path templatesDir) {
        MessageDigest md = Hashes.sha256();
        Path root = templatesDir.toAbsolutePath().normalize();
        List<Path> files;
        try (Stream<Path> s = Files.walk(root)) {
            files = s.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list templates in " + root, e);
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
            throw new UncheckedIOException("cannot read templates in " + root, e);
        }
        return Hashes.hex(md.digest());
    }
}
