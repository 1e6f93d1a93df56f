package factbrief.input;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static factbrief.input.Fixtures.HARBOR;
import static factbrief.input.Fixtures.utf8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Seeded mutations of a valid file, byte by byte and value by value: each must be read or rejected with an
 * {@link InputException} that names a location, never fail another way. A cheap stand-in until a coverage-guided fuzzer
 * runs on the reader.
 */
class MutationTest {
    private static final Path NAME = Path.of("mutant.json");
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private final ClusterReader reader = new ClusterReader();

    @Test
    void byteMutations() {
        byte[] base = utf8(HARBOR);
        Random random = new Random(20310304L);
        byte[] interesting = {0, '"', '\\', '{', '}', '[', ']', ',', ':', '-', '0', 'e', (byte) 0x80, (byte) 0xC3,
                (byte) 0xE2, (byte) 0xF0, (byte) 0xFF, '\n', '\r', '\t'};
        for (int i = 0; i < 3000; i++) {
            byte[] b = base.clone();
            int edits = 1 + random.nextInt(3);
            for (int k = 0; k < edits; k++) {
                int at = random.nextInt(b.length);
                switch (random.nextInt(3)) {
                    case 0 -> b[at] = interesting[random.nextInt(interesting.length)];
                    case 1 -> b = splice(b, at, 1, new byte[0]);
                    default -> b = splice(b, at, 0, new byte[] {interesting[random.nextInt(interesting.length)]});
                }
            }
            readOrReject(b);
        }
    }

    @Test
    void valueMutations() throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        JsonNode base = mapper.readTree(HARBOR);
        List<String> pointers = new ArrayList<>();
        collect(base, "", pointers);
        List<JsonNode> values = List.of(NODES.nullNode(), NODES.textNode(""), NODES.textNode(" "),
                NODES.textNode("\u0000"), NODES.textNode("\ud800"), NODES.textNode("\u202e"), NODES.textNode("x"),
                NODES.textNode("e-mira"), NODES.textNode("../../x"), NODES.textNode("con"), NODES.textNode("2031-W53"),
                NODES.numberNode(-1), NODES.numberNode(0), NODES.numberNode(45), NODES.numberNode(46),
                NODES.numberNode(Integer.MAX_VALUE), NODES.numberNode(Long.MIN_VALUE),
                NODES.numberNode(new BigDecimal("1e999999999")), NODES.numberNode(new BigDecimal("-1e999999999")),
                NODES.numberNode(new BigDecimal("1e-999999999")), NODES.numberNode(0.5), NODES.booleanNode(true),
                NODES.arrayNode(), NODES.objectNode(), NODES.arrayNode().add("e-mira"));
        int mutants = 0;
        for (String pointer : pointers) {
            for (JsonNode value : values) {
                JsonNode copy = base.deepCopy();
                replace(copy, pointer, value);
                readOrReject(mapper.writeValueAsBytes(copy));
                mutants++;
                JsonNode without = base.deepCopy();
                if (remove(without, pointer)) {
                    readOrReject(mapper.writeValueAsBytes(without));
                    mutants++;
                }
            }
        }
        assertEquals(true, mutants > 1000, "only " + mutants + " mutants");
    }

    private void readOrReject(byte[] bytes) {
        try {
            reader.read(NAME, bytes);
        } catch (InputException e) {
            if (!(e.line() > 0 || e.pointer() != null) || !e.getMessage().startsWith("mutant.json")) {
                fail("no location in: " + e.getMessage());
            }
        } catch (RuntimeException | StackOverflowError e) {
            throw new AssertionError("unexpected " + e + " for:\n" + new String(bytes, StandardCharsets.UTF_8), e);
        }
    }

    private static byte[] splice(byte[] b, int at, int remove, byte[] insert) {
        byte[] out = new byte[b.length - remove + insert.length];
        System.arraycopy(b, 0, out, 0, at);
        System.arraycopy(insert, 0, out, at, insert.length);
        System.arraycopy(b, at + remove, out, at + insert.length, b.length - at - remove);
        return out;
    }

    private static void collect(JsonNode node, String pointer, List<String> out) {
        if (!pointer.isEmpty()) {
            out.add(pointer);
        }
        if (node.isObject()) {
            node.fieldNames().forEachRemaining(n -> collect(node.get(n), pointer + "/" + n, out));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collect(node.get(i), pointer + "/" + i, out);
            }
        }
    }

    private static void replace(JsonNode root, String pointer, JsonNode value) {
        int slash = pointer.lastIndexOf('/');
        JsonNode parent = root.at(pointer.substring(0, slash));
        String last = pointer.substring(slash + 1);
        if (parent instanceof ObjectNode o) {
            o.set(last, value);
        } else if (parent instanceof ArrayNode a) {
            a.set(Integer.parseInt(last), value);
        }
    }

    private static boolean remove(JsonNode root, String pointer) {
        int slash = pointer.lastIndexOf('/');
        JsonNode parent = root.at(pointer.substring(0, slash));
        String last = pointer.substring(slash + 1);
        if (parent instanceof ObjectNode o) {
            o.remove(last);
            return true;
        } else if (parent instanceof ArrayNode a) {
            a.remove(Integer.parseInt(last));
            return true;
        }
        return false;
    }
}
