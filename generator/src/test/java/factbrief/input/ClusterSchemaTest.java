package factbrief.input;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ClusterSchemaTest {
    @Test
    void schemaIsAValidDraft202012Schema() {
        var meta = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));
        Set<ValidationMessage> errors = meta.validate(ClusterSchema.node());
        assertEquals(Set.of(), errors);
    }

    @Test
    void schemaIsOnTheClassPathAndInTheSources() {
        assertNotNull(ClusterReader.class.getResource(ClusterReader.SCHEMA_RESOURCE));
        assertTrue(Files.isRegularFile(Path.of("src/main/resources" + ClusterReader.SCHEMA_RESOURCE)));
    }

    @Test
    void everySchemaPatternIsAFormTheReaderRechecks() {
        List<String> patterns = new ArrayList<>();
        collectPatterns(ClusterSchema.node(), patterns);
        EnumSet<Form> seen = EnumSet.noneOf(Form.class);
        for (String p : patterns) {
            Form f = Form.ofSchemaPattern(p);
            assertNotNull(f, () -> "no Form for schema pattern " + p);
            seen.add(f);
        }
        assertEquals(EnumSet.allOf(Form.class), seen);
    }

    @Test
    void schemaDollarAlsoMatchesBeforeAFinalLineFeedSoTheReaderRechecks() {
        assertTrue(java.util.regex.Pattern.compile(Form.CLUSTER_ID.schemaPattern()).matcher("abc\n").find());
        assertEquals(false, Form.CLUSTER_ID.matches("abc\n"));
    }

    @Test
    void pointersCompareTokenByTokenWithIndexesAsNumbers() {
        List<String> pointers = new ArrayList<>(List.of("/stories/10/id", "/stories/9/text", "/stories/9", "",
                "/entities/0/type", "/cluster/id", "/cluster"));
        pointers.sort(ClusterSchema::comparePointers);
        assertEquals(List.of("", "/cluster", "/cluster/id", "/entities/0/type", "/stories/9", "/stories/9/text",
                "/stories/10/id"), pointers);
    }

    private static void collectPatterns(JsonNode node, List<String> out) {
        if (node.isObject()) {
            node.properties().forEach(f -> {
                if (f.getKey().equals("pattern") && f.getValue().isTextual()) {
                    out.add(f.getValue().textValue());
                } else {
                    collectPatterns(f.getValue(), out);
                }
            });
        } else if (node.isArray()) {
            node.forEach(n -> collectPatterns(n, out));
        }
    }
}
