package factbrief.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import factbrief.annotate.Clusterer;
import factbrief.annotate.Gazetteer;
import factbrief.annotate.RawReader;
import factbrief.annotate.RawStory;
import factbrief.input.ClusterWriter;
import factbrief.model.FactbriefException;
import factbrief.render.AtomicFiles;
import factbrief.text.LanguageLayer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code factbrief cluster INPUT... -o DIR}: a pile of raw stories to one cluster file per event. */
@Command(name = "cluster", mixinStandardHelpOptions = true,
        description = "Group raw stories (.txt, .html, stories .json or .jsonl) into events and write one "
                + "factbrief.cluster/1 file per event.")
final class ClusterCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Parameters(paramLabel = "INPUT", arity = "1..*")
    List<Path> inputs;
    @Option(names = {"-o", "--output"}, required = true, paramLabel = "DIR",
            description = "folder for the cluster files")
    Path output;
    @Option(names = "--gazetteer", paramLabel = "FILE", description = "extra names ({\"entities\": [...]})")
    Path gazetteer;
    @Option(names = "--metadata", paramLabel = "FILE",
            description = "story metadata for text inputs: {\"stories\": {\"id\": {\"site\", \"language\", ...}}}")
    Path metadata;
    @Option(names = "--threshold", paramLabel = "X",
            description = "similarity two groups need to merge, 0..1 (default: ${DEFAULT-VALUE})")
    double threshold = Clusterer.DEFAULT_THRESHOLD;

    @Override
    public Integer call() throws IOException {
        if (!(threshold >= 0 && threshold <= 1)) {
            throw new FactbriefException("--threshold must be between 0 and 1, not " + threshold, App.USAGE);
        }
        List<RawStory> stories = new ArrayList<>();
        RawReader reader = new RawReader();
        for (Path in : inputs) {
            stories.addAll(reader.read(in).stories());
        }
        if (metadata != null) {
            stories = RawReader.withMetadata(stories, new ObjectMapper().readTree(Files.readAllBytes(metadata)));
        }
        List<Clusterer.Event> events = new Clusterer(Gazetteer.load(gazetteer), LanguageLayer.shared(), threshold)
                .cluster(stories);
        Path dir = output.toAbsolutePath();
        Files.createDirectories(dir);
        ClusterWriter writer = new ClusterWriter();
        for (Clusterer.Event e : events) {
            AtomicFiles.write(dir.resolve(e.id() + ".json"), writer.write(e.cluster()));
        }
        print(spec.commandLine().getOut(), stories, events);
        return 0;
    }

    private void print(PrintWriter out, List<RawStory> stories, List<Clusterer.Event> events) {
        int idWidth = Math.max("cluster".length(), events.stream().mapToInt(e -> e.id().length()).max().orElse(0));
        int storyWidth = Math.max("story".length(), stories.stream().mapToInt(s -> s.id().length()).max().orElse(0));
        String clusterRow = "%-" + idWidth + "s  %7s  %s%n";
        out.printf(Locale.ROOT, clusterRow, "cluster", "stories", "title");
        for (Clusterer.Event e : events) {
            out.printf(Locale.ROOT, clusterRow, e.id(), e.cluster().stories().size(), e.title());
        }
        out.println();
        Map<String, String> where = Clusterer.assignment(events);
        Map<String, String> language = new java.util.HashMap<>();
        events.forEach(e -> e.cluster().stories().forEach(s -> language.put(s.id(), s.language())));
        String storyRow = "%-" + storyWidth + "s  %-4s  %-10s  %s%n";
        out.printf(Locale.ROOT, storyRow, "story", "lang", "published", "cluster");
        for (RawStory s : stories) {
            out.printf(Locale.ROOT, storyRow, s.id(), language.getOrDefault(s.id(), "?"),
                    s.published() == null ? "-" : s.published().toString(), where.get(s.id()));
        }
        out.println();
        out.println("wrote " + events.size() + " cluster file" + (events.size() == 1 ? "" : "s") + " to " + output);
    }
}
