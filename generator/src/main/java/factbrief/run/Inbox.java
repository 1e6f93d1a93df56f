package factbrief.run;

import factbrief.model.FactbriefException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The inputs of one week: the files of {@code INBOX/YYYY-Www/}, sorted by name. Cluster files are {@code *.json};
 * raw stories are {@code *.stories.json} or {@code *.jsonl} (one cluster per file). Names starting with a dot are
 * ignored (partial uploads, editor files); other files are listed as ignored, never silently skipped. A file whose
 * real location is outside the inbox (a symbolic link pointing elsewhere) is rejected and never read.
 */
final class Inbox {
    private Inbox() {
    }

    /** What kind of input a file is, by its name. */
    enum Kind {
        CLUSTER, STORIES
    }

    /**
     * One file of the week's folder.
     *
     * @param path      the path as the user named it (inbox folder + week + file name), for messages
     * @param real      the resolved file to read, or null when the file must not be read
     * @param kind      null for a file that is not an input
     * @param rejection why the file is not read (a failure of the run), or null
     */
    record Entry(String name, Path path, Path real, Kind kind, String rejection) {
    }

    /** The week's folder and its entries; a usage error when the folder is missing or lies outside the inbox. */
    static List<Entry> scan(Path inbox, IsoWeek week) {
        Path dir = inbox.resolve(week.toString());
        if (!Files.isDirectory(inbox)) {
            throw new FactbriefException("inbox " + inbox.toAbsolutePath() + " is not a folder", WeeklyRun.USAGE);
        }
        if (!Files.isDirectory(dir)) {
            throw new FactbriefException("no inbox folder for " + week + ": " + dir.toAbsolutePath(), WeeklyRun.USAGE);
        }
        try {
            Path inboxReal = inbox.toRealPath();
            Path dirReal = dir.toRealPath();
            if (!dirReal.startsWith(inboxReal)) {
                throw new FactbriefException("the inbox folder " + dir + " leads outside the inbox (to " + dirReal
                        + "); not followed", WeeklyRun.USAGE);
            }
            List<Path> files;
            try (Stream<Path> s = Files.list(dir)) {
                files = s.sorted().toList();
            }
            List<Entry> out = new ArrayList<>();
            for (Path p : files) {
                String name = p.getFileName().toString();
                if (!name.startsWith(".")) {
                    out.add(entry(inboxReal, p, name));
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir.toAbsolutePath(), e);
        }
    }

    private static Entry entry(Path inboxReal, Path p, String name) throws IOException {
        Kind kind = kind(name);
        if (kind == null) {
            return new Entry(name, p, null, null, null); // not an input: listed as ignored
        }
        Path real;
        try {
            real = p.toRealPath();
        } catch (NoSuchFileException e) {
            return new Entry(name, p, null, kind, "a symbolic link to a file that does not exist; not followed");
        }
        if (!real.startsWith(inboxReal)) {
            return new Entry(name, p, null, kind, "a symbolic link pointing outside the inbox; not followed");
        }
        if (!Files.isRegularFile(real)) {
            return new Entry(name, p, null, kind, "not a regular file");
        }
        return new Entry(name, p, real, kind, null);
    }

    /** The kind of input a file name says, or null for a file that is not an input. */
    static Kind kind(String name) {
        if (name.endsWith(".stories.json") || name.endsWith(".jsonl")) {
            return Kind.STORIES;
        }
        return name.endsWith(".json") ? Kind.CLUSTER : null;
    }
}
