package factbrief.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import factbrief.annotate.Annotator;
import factbrief.annotate.Gazetteer;
import factbrief.annotate.RawReader;
import factbrief.eval.EvalReport;
import factbrief.eval.Evaluator;
import factbrief.model.Cluster;
import factbrief.model.FactbriefException;
import factbrief.render.BriefJson;
import factbrief.run.Pipeline;
import factbrief.text.LanguageLayer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

/** {@code factbrief eval}: precision, recall and F1 of a brief against a gold file, or over a folder of clusters. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Score a brief JSON against gold (--gold --brief), or annotate+brief+score every cluster "
                + "folder (stories.json + gold.json) of --devset DIR.")
final class EvalCommand implements Callable<Integer> {
    @ParentCommand
    App app;
    @Spec
    CommandSpec spec;
    @Option(names = "--gold")
    Path gold;
    @Option(names = "--brief")
    Path brief;
    @Option(names = "--stories", description = "stories or cluster file, to check evidence spans")
    Path stories;
    @Option(names = "--devset", description = "a folder of cluster folders, each with stories.json and gold.json")
    Path devset;
    @Option(names = "--details", description = "also list misses and extras")
    boolean details;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        ObjectMapper json = new ObjectMapper();
        if (devset != null) {
            List<EvalReport> reports = devset(devset);
            for (EvalReport r : reports) {
                out.println(r.table());
                if (details) {
                    out.println(r.details());
                }
            }
            out.println(EvalReport.total(reports).table());
            return 0;
        }
        if (gold == null || brief == null) {
            throw new FactbriefException("give --gold and --brief, or --devset DIR", App.USAGE);
        }
        EvalReport r = new Evaluator().evaluate(Evaluator.readTree(gold), Evaluator.readTree(brief),
                stories == null ? null : Evaluator.readTree(stories));
        out.println(r.table());
        if (details) {
            out.println(r.details());
        }
        return 0;
    }

    /** Annotates, briefs and scores every cluster folder; the as-of date does not influence the facts. */
    static List<EvalReport> devset(Path dir) throws IOException {
        List<Path> folders;
        try (Stream<Path> s = Files.list(dir)) {
            folders = s.filter(p -> Files.isRegularFile(p.resolve("gold.json"))
                    && Files.isRegularFile(p.resolve("stories.json"))).sorted().toList();
        }
        ObjectMapper json = new ObjectMapper();
        Annotator annotator = new Annotator(Gazetteer.load(null), LanguageLayer.shared());
        Pipeline pipeline = new Pipeline(LanguageLayer.shared());
        List<EvalReport> reports = new ArrayList<>();
        for (Path f : folders) {
            RawReader.Batch b = new RawReader().read(f.resolve("stories.json"));
            String id = f.getFileName().toString();
            Cluster c = annotator.annotate(id, b.description() == null ? id : b.description(), b.stories(), List.of());
            byte[] briefJson = BriefJson.write(pipeline.facts(c, LocalDate.of(2000, 1, 1)));
            JsonNode storiesJson = json.readTree(f.resolve("stories.json").toFile());
            reports.add(new Evaluator().evaluate(json.readTree(f.resolve("gold.json").toFile()),
                    json.readTree(briefJson), storiesJson));
        }
        return reports;
    }
}
