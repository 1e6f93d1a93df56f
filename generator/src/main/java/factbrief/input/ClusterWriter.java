package factbrief.input;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import factbrief.model.Cluster;
import factbrief.model.Entity;
import factbrief.model.Mention;
import factbrief.model.Story;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Writes a {@link Cluster} as {@code factbrief.cluster/1}: UTF-8, two-space indent, fields in a fixed order, {@code \n}
 * line ends and a final newline; absent optional values are left out; mentions are written in code points, one per
 * line, sorted by start, end and entity. The same cluster always gives the same bytes, and
 * {@code reader.read(name, write(c))} equals {@code c} for every cluster the reader returned. It writes what it is
 * given: read the bytes back to check a cluster made elsewhere against the contract. Descriptions are not part of the
 * model, so they are not written.
 */
public final class ClusterWriter {
    private static final String INDENT = "  ";

    /** The cluster file's bytes. */
    public byte[] write(Cluster cluster) {
        StringBuilder out = new StringBuilder(1024 + cluster.stories().stream().mapToInt(s -> s.text().length()).sum());
        out.append("{\n");
        field(out, 1, "format").append(string(ClusterReader.FORMAT)).append(",\n");
        field(out, 1, "cluster").append("{\n");
        field(out, 2, "id").append(string(cluster.id())).append(",\n");
        field(out, 2, "title").append(string(cluster.title()));
        optional(out, 2, "week", cluster.week());
        out.append(",\n");
        field(out, 2, "focus").append(strings(cluster.focus())).append('\n');
        indent(out, 1).append("},\n");
        field(out, 1, "entities").append('[');
        for (int i = 0; i < cluster.entities().size(); i++) {
            out.append(i == 0 ? "\n" : ",\n");
            entity(out, cluster.entities().get(i));
        }
        out.append(cluster.entities().isEmpty() ? "],\n" : "\n" + INDENT + "],\n");
        field(out, 1, "stories").append('[');
        for (int i = 0; i < cluster.stories().size(); i++) {
            out.append(i == 0 ? "\n" : ",\n");
            story(out, cluster.stories().get(i));
        }
        out.append(cluster.stories().isEmpty() ? "]\n" : "\n" + INDENT + "]\n");
        out.append("}\n");
        try {
            ByteBuffer bytes = StandardCharsets.UTF_8.newEncoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .encode(CharBuffer.wrap(out));
            byte[] result = new byte[bytes.remaining()];
            bytes.get(result);
            return result;
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException("cluster " + cluster.id() + " holds a lone surrogate", e);
        }
    }

    private static void entity(StringBuilder out, Entity e) {
        indent(out, 2).append("{\n");
        field(out, 3, "id").append(string(e.id())).append(",\n");
        field(out, 3, "name").append(string(e.name())).append(",\n");
        field(out, 3, "type").append(string(e.type().name()));
        optional(out, 3, "kb", e.kb());
        out.append(",\n");
        field(out, 3, "aliases").append(strings(e.aliases())).append(",\n");
        field(out, 3, "roles").append(strings(e.roles()));
        optional(out, 3, "country", e.country());
        out.append('\n');
        indent(out, 2).append('}');
    }

    private static void story(StringBuilder out, Story s) {
        indent(out, 2).append("{\n");
        field(out, 3, "id").append(string(s.id()));
        optional(out, 3, "language", s.language());
        optional(out, 3, "url", s.url());
        optional(out, 3, "site", s.site());
        optional(out, 3, "published", s.published() == null ? null : s.published().toString());
        optional(out, 3, "title", s.title());
        out.append(",\n");
        field(out, 3, "text").append(string(s.text())).append(",\n");
        field(out, 3, "mentions").append('[');
        Offsets offsets = Offsets.of(s.text());
        List<int[]> spans = new ArrayList<>();
        for (int i = 0; i < s.mentions().size(); i++) {
            Mention m = s.mentions().get(i);
            spans.add(new int[] {offsets.codePoint(m.start()), offsets.codePoint(m.end()), i});
        }
        spans.sort(Comparator.<int[]>comparingInt(a -> a[0]).thenComparingInt(a -> a[1])
                .thenComparing(a -> s.mentions().get(a[2]).entity()));
        for (int i = 0; i < spans.size(); i++) {
            int[] span = spans.get(i);
            out.append(i == 0 ? "\n" : ",\n");
            indent(out, 4).append("{\"entity\": ").append(string(s.mentions().get(span[2]).entity()))
                    .append(", \"start\": ").append(span[0])
                    .append(", \"end\": ").append(span[1]).append('}');
        }
        out.append(spans.isEmpty() ? "]\n" : "\n" + INDENT.repeat(3) + "]\n");
        indent(out, 2).append('}');
    }

    private static void optional(StringBuilder out, int depth, String name, String value) {
        if (value != null) {
            out.append(",\n");
            field(out, depth, name).append(string(value));
        }
    }

    private static StringBuilder field(StringBuilder out, int depth, String name) {
        return indent(out, depth).append(string(name)).append(": ");
    }

    private static StringBuilder indent(StringBuilder out, int depth) {
        return out.append(INDENT.repeat(depth));
    }

    private static String strings(List<String> values) {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < values.size(); i++) {
            sb.append(i == 0 ? "" : ", ").append(string(values.get(i)));
        }
        return sb.append(']').toString();
    }

    private static String string(String value) {
        return '"' + new String(JsonStringEncoder.getInstance().quoteAsString(value)) + '"';
    }
}
