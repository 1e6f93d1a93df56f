package factbrief.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import factbrief.annotate.Annotator;
import factbrief.annotate.Gazetteer;
import factbrief.annotate.RawReader;
import factbrief.annotate.RawStory;
import factbrief.input.ClusterWriter;
import factbrief.model.Cluster;
import factbrief.model.FactbriefException;
import factbrief.render.AtomicFiles;
import factbrief.text.LanguageLayer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code factbrief annotate INPUT... -o CLUSTER.json}: raw articles to an annotated cluster file. */
@Command(name = "annotate", mixinStandardHelpOptions = true,
        description = "Annotate raw stories (.txt, .html, stories .json or .jsonl) into a factbrief.cluster/1 file.")
final class AnnotateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Parameters(paramLabel = "INPUT", arity = "1..*")
    List<Path> inputs;
    @Option(names = {"-o", "--output"}, required = true, paramLabel = "CLUSTER.json")
    Path output;
    @Option(names = "--cluster-id")
    String clusterId;
    @Option(names = "--title")
    String title;
    @Option(names = "--focus", paramLabel = "NAME", description = "a focus entity by name or alias (repeatable)")
    List<String> focus = new ArrayList<>();
    @Option(names = "--gazetteer", paramLabel = "FILE", description = "extra names ({\"entities\": [...]})")
    Path gazetteer;
    @Option(names = "--metadata", paramLabel = "FILE",
            description = "story metadata for text inputs: {\"stories\": {\"id\": {\"site\", \"language\", ...}}}")
    Path metadata;

    @Override
    public Integer call() throws IOException {
        List<RawStory> stories = new ArrayList<>();
        String id = clusterId;
        String t = title;
        RawReader reader = new RawReader();
        for (Path in : inputs) {
            RawReader.Batch b = reader.read(in);
            stories.addAll(b.stories());
            if (id == null && b.cluster() != null) {
                id = b.cluster();
            }
            if (t == null && b.description() != null) {
                t = b.description();
            }
        }
        if (metadata != null) {
            JsonNode meta = new ObjectMapper().readTree(Files.readAllBytes(metadata));
            stories = RawReader.withMetadata(stories, meta);
        }
        if (id == null) {
            String stem = output.getFileName().toString().replaceAll("\\..*$", "");
            id = stem.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9-]+", "-");
        }
        if (!id.matches("[a-z0-9][a-z0-9-]{0,79}")) {
            throw new FactbriefException("cluster id '" + id + "' is not a slug [a-z0-9][a-z0-9-]{0,79}; "
                    + "give one with --cluster-id", App.USAGE);
        }
        if (t == null) {
            t = stories.stream().map(RawStory::title).filter(x -> x != null && !x.isBlank()).findFirst().orElse(id);
        }
        Cluster c = new Annotator(Gazetteer.load(gazetteer), LanguageLayer.shared()).annotate(id, t, stories, focus);
        Path abs = output.toAbsolutePath();
        Files.createDirectories(abs.getParent());
        AtomicFiles.write(abs, new ClusterWriter().write(c));
        spec.commandLine().getOut().println("wrote " + output + ": " + c.stories().size() + " stories, "
                + c.entities().size() + " entities, focus " + c.focus());
        return 0;
    }
}
