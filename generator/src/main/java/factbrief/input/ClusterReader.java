package factbrief.input;

import com.fasterxml.jackson.databind.JsonNode;
import factbrief.model.Cluster;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Reads a {@code factbrief.cluster/1} file into a {@link Cluster}: strict UTF-8 and JSON under read limits, then the
 * JSON Schema ({@value #SCHEMA_RESOURCE}), then the rules a schema cannot express. Mention offsets are converted from
 * code points to char indices here, once, and mentions are sorted by start, end and entity. Any broken rule is an
 * {@link InputException} naming the file and the JSON pointer or line:column. Thread-safe.
 */
public final class ClusterReader {
    /** The format this reader reads. */
    public static final String FORMAT = "factbrief.cluster/1";
    /** The class-path resource of the format's JSON Schema. */
    public static final String SCHEMA_RESOURCE = ClusterSchema.RESOURCE;

    private final Limits limits;
    private final JsonInput json;

    /** A reader with the default limits: 64 MiB per file, 32 Mi chars per string, nesting 64 deep, numbers of 100. */
    public ClusterReader() {
        this(Limits.DEFAULT);
    }

    ClusterReader(Limits limits) {
        this.limits = limits;
        this.json = new JsonInput(limits);
    }

    /** The cluster in {@code file}. */
    public Cluster read(Path file) {
        byte[] bytes;
        try {
            if (Files.isDirectory(file)) {
                throw new InputException(file, null, "is a directory, not a cluster file");
            }
            long size = Files.size(file);
            if (size > limits.maxDocumentBytes()) {
                throw new InputException(file, "", String.format(Locale.ROOT, "the file is %d bytes; the limit is %d",
                        size, limits.maxDocumentBytes()));
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new InputException(file, null, 0, 0, "no such file", e);
        } catch (AccessDeniedException e) {
            throw new InputException(file, null, 0, 0, "permission denied", e);
        } catch (IOException e) {
            throw new InputException(file, null, 0, 0, "cannot read: " + e, e);
        }
        return read(file, bytes);
    }

    /** The cluster in {@code bytes}; {@code nameForMessages} is the file name that messages give. */
    public Cluster read(Path nameForMessages, byte[] bytes) {
        JsonNode root = json.parse(nameForMessages, bytes);
        checkFormat(nameForMessages, root);
        Semantics.checkValues(nameForMessages, root);
        ClusterSchema.check(nameForMessages, root);
        return Semantics.toCluster(nameForMessages, root);
    }

    /** The format first: a file of another format or version gets one clear message, not a list of schema errors. */
    private static void checkFormat(Path file, JsonNode root) {
        if (!root.isObject()) {
            throw new InputException(file, "", "expected object, found " + ClusterSchema.kind(root));
        }
        JsonNode format = root.get("format");
        if (format == null) {
            throw new InputException(file, "", "missing required property 'format'");
        }
        if (!format.isTextual()) {
            throw new InputException(file, "/format", "expected string, found " + ClusterSchema.kind(format));
        }
        if (!format.textValue().equals(FORMAT)) {
            throw new InputException(file, "/format", "unsupported format " + Strings.quote(format.textValue())
                    + "; this version reads " + FORMAT);
        }
    }
}
