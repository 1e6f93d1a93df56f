package factbrief.run;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * {@code run.json}: what a weekly run read and wrote ({@value #FORMAT}). Every input with its SHA-256, status, error and
 * outputs (each with its SHA-256), the tool, options and as-of date, the ignored and orphaned files. Everything that
 * differs from one run to the next over the same inputs (start time, durations, whether a brief was rendered or
 * reused) is in {@code timings} and nowhere else, so two runs over the same week differ in that member only.
 */
record Manifest(String week, String asOf, Tool tool, Options options, Summary summary, List<Input> inputs,
                Output digest, List<Ignored> ignored, List<Orphan> orphans, Timings timings) {
    static final String FORMAT = "factbrief.run/1";
    static final String FILE = "run.json";

    Manifest {
        inputs = List.copyOf(inputs);
        ignored = List.copyOf(ignored);
        orphans = List.copyOf(orphans);
    }

    /**
     * The tool that wrote the outputs; a brief is reused only when all four match ({@code code} and
     * {@code templates} are fingerprints of the program and of the templates folder).
     */
    record Tool(String name, String version, String code, String templates) {
    }

    /** The rendering options of the run. */
    record Options(String paper, String locale) {
    }

    record Summary(int inputs, int ok, int failed) {
    }

    /**
     * One input file.
     *
     * @param kind    {@code cluster} or {@code stories}
     * @param sha256  of the file's bytes; null when it was not read (a link outside the inbox)
     * @param cluster the cluster id, when known
     * @param status  {@code ok} or {@code failed}
     */
    record Input(String file, String kind, String sha256, String cluster, String status, Error error,
                 List<Output> outputs) {
        Input {
            outputs = List.copyOf(outputs);
        }

        boolean ok() {
            return STATUS_OK.equals(status);
        }
    }

    static final String STATUS_OK = "ok";
    static final String STATUS_FAILED = "failed";

    /** Why an input failed: JSON pointer and line:column when known, and the reason. */
    record Error(String pointer, int line, int column, String reason) {
    }

    record Output(String file, String sha256) {
    }

    record Ignored(String file, String reason) {
    }

    /** A brief file that no input of this run wrote, and whether {@code --prune} removed it. */
    record Orphan(String file, boolean removed) {
    }

    /**
     * What differs between runs over the same inputs.
     *
     * @param started ISO instant by the run's clock
     * @param inputs  per input file: {@code rendered}, {@code reused} or {@code failed}, and milliseconds
     */
    record Timings(String started, long millis, Map<String, Step> inputs) {
        Timings {
            inputs = new TreeMap<>(inputs);
        }
    }

    record Step(String action, long millis) {
    }

    /** The input entry for {@code file}, if this manifest has one. */
    Optional<Input> input(String file) {
        return inputs.stream().filter(i -> i.file().equals(file)).findFirst();
    }

    // ---- writing

    private static final JsonFactory FACTORY = JsonFactory.builder().build();
    private static final DefaultPrettyPrinter PRETTY = new DefaultPrettyPrinter(
            Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                    .withArrayEmptySeparator("").withObjectEmptySeparator(""))
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n"));

    /** The JSON of this manifest: fixed member order, two-space indentation, {@code \n} line ends, UTF-8. */
    byte[] toJson() {
        ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            g.setPrettyPrinter(PRETTY.createInstance());
            g.writeStartObject();
            g.writeStringField("format", FORMAT);
            g.writeStringField("week", week);
            g.writeStringField("asOf", asOf);
            g.writeObjectFieldStart("tool");
            g.writeStringField("name", tool.name());
            g.writeStringField("version", tool.version());
            g.writeStringField("code", tool.code());
            g.writeStringField("templates", tool.templates());
            g.writeEndObject();
            g.writeObjectFieldStart("options");
            g.writeStringField("paper", options.paper());
            g.writeStringField("locale", options.locale());
            g.writeEndObject();
            g.writeObjectFieldStart("summary");
            g.writeNumberField("inputs", summary.inputs());
            g.writeNumberField("ok", summary.ok());
            g.writeNumberField("failed", summary.failed());
            g.writeEndObject();
            g.writeArrayFieldStart("inputs");
            for (Input i : inputs) {
                input(g, i);
            }
            g.writeEndArray();
            g.writeFieldName("digest");
            output(g, digest);
            g.writeArrayFieldStart("ignored");
            for (Ignored i : ignored) {
                g.writeStartObject();
                g.writeStringField("file", i.file());
                g.writeStringField("reason", i.reason());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("orphans");
            for (Orphan o : orphans) {
                g.writeStartObject();
                g.writeStringField("file", o.file());
                g.writeBooleanField("removed", o.removed());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeObjectFieldStart("timings");
            g.writeStringField("started", timings.started());
            g.writeNumberField("millis", timings.millis());
            g.writeObjectFieldStart("inputs");
            for (Map.Entry<String, Step> e : timings.inputs().entrySet()) {
                g.writeObjectFieldStart(e.getKey());
                g.writeStringField("action", e.getValue().action());
                g.writeNumberField("millis", e.getValue().millis());
                g.writeEndObject();
            }
            g.writeEndObject();
            g.writeEndObject();
            g.writeEndObject();
            g.writeRaw('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void input(JsonGenerator g, Input i) throws IOException {
        g.writeStartObject();
        g.writeStringField("file", i.file());
        g.writeStringField("kind", i.kind());
        g.writeStringField("sha256", i.sha256());
        g.writeStringField("cluster", i.cluster());
        g.writeStringField("status", i.status());
        if (i.error() == null) {
            g.writeNullField("error");
        } else {
            g.writeObjectFieldStart("error");
            g.writeStringField("pointer", i.error().pointer());
            if (i.error().line() > 0) {
                g.writeNumberField("line", i.error().line());
                g.writeNumberField("column", i.error().column());
            } else {
                g.writeNullField("line");
                g.writeNullField("column");
            }
            g.writeStringField("reason", i.error().reason());
            g.writeEndObject();
        }
        g.writeArrayFieldStart("outputs");
        for (Output o : i.outputs()) {
            output(g, o);
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void output(JsonGenerator g, Output o) throws IOException {
        g.writeStartObject();
        g.writeStringField("file", o.file());
        g.writeStringField("sha256", o.sha256());
        g.writeEndObject();
    }

    // ---- reading (only what deciding on reuse needs)

    /**
     * The manifest a previous run left in {@code file}, as far as deciding on reuse needs it; empty when there is none
     * or it cannot be read (then every brief is rendered again, which gives the same bytes).
     */
    static Optional<Manifest> read(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
        try {
            JsonNode root = new ObjectMapper().readTree(bytes);
            if (root == null || !FORMAT.equals(root.path("format").asText())) {
                return Optional.empty();
            }
            JsonNode t = root.path("tool");
            JsonNode o = root.path("options");
            List<Input> inputs = new ArrayList<>();
            for (JsonNode i : root.path("inputs")) {
                List<Output> outputs = new ArrayList<>();
                for (JsonNode out : i.path("outputs")) {
                    outputs.add(new Output(text(out, "file"), text(out, "sha256")));
                }
                inputs.add(new Input(text(i, "file"), text(i, "kind"), text(i, "sha256"), text(i, "cluster"),
                        text(i, "status"), null, outputs));
            }
            return Optional.of(new Manifest(text(root, "week"), text(root, "asOf"),
                    new Tool(text(t, "name"), text(t, "version"), text(t, "code"), text(t, "templates")),
                    new Options(text(o, "paper"), text(o, "locale")), new Summary(0, 0, 0), inputs, null,
                    List.of(), List.of(), new Timings(null, 0, Map.of())));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || !v.isTextual() ? null : v.textValue();
    }

    /** True when {@code other} was written by the same tool, templates, options, week and as-of date. */
    boolean sameSetup(Manifest other) {
        return Objects.equals(week, other.week) && Objects.equals(asOf, other.asOf)
                && Objects.equals(tool, other.tool) && Objects.equals(options, other.options);
    }
}
