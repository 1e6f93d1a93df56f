package factbrief.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.List;

/** The JSON Schema of {@code factbrief.brief/1} (resource {@value #RESOURCE}) and a validator for it. */
public final class BriefSchema {
    /** Classpath location of the schema. */
    public static final String RESOURCE = "/factbrief/schema/brief-1.schema.json";
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonSchema SCHEMA = load();

    private BriefSchema() {
    }

    private static JsonSchema load() {
        try (InputStream in = BriefSchema.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("schema " + RESOURCE + " is not on the classpath");
            }
            SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().pathType(PathType.JSON_POINTER).build();
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in, config);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /**
     * The schema violations of a brief JSON, each as {@code "<JSON pointer>: <message>"}, sorted; empty when it is
     * valid. Text that is not JSON gives one message saying so.
     */
    public static List<String> validate(byte[] json) {
        JsonNode node;
        try {
            node = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            return List.of("/: not JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (node == null || node.isMissingNode()) {
            return List.of("/: empty document");
        }
        return SCHEMA.validate(node).stream()
                .map(BriefSchema::describe)
                .sorted(Comparator.naturalOrder())
                .toList();
    }

    private static String describe(ValidationMessage m) {
        String pointer = m.getInstanceLocation().toString();
        return (pointer.isEmpty() ? "/" : pointer) + ": " + m.getMessage();
    }
}
