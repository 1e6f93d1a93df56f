package factbrief.cli;

import factbrief.input.ClusterReader;
import factbrief.model.FactbriefException;
import factbrief.render.BriefRenderer;
import factbrief.render.RenderOptions;
import factbrief.run.BriefJob;
import factbrief.text.LanguageLayer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

/** {@code factbrief weekly --inbox DIR --out DIR [--week YYYY-Www]}: every cluster file of a week. */
@Command(name = "weekly", mixinStandardHelpOptions = true,
        description = "Brief every cluster file in INBOX/YYYY-Www/ into OUT/YYYY-Www/; one bad file never stops the run.")
final class WeeklyCommand implements Callable<Integer> {
    @ParentCommand
    App app;
    @Spec
    CommandSpec spec;
    @Mixin
    Common common;
    @Option(names = "--inbox", required = true)
    Path inbox;
    @Option(names = "--week", description = "ISO week, e.g. 2025-W19 (default: the last complete week)")
    String week;

    @Override
    public Integer call() throws IOException {
        String w = week != null ? week : lastCompleteWeek(LocalDate.now(app.clock));
        if (!w.matches("\\d{4}-W\\d{2}")) {
            throw new FactbriefException("--week must look like 2025-W19, not '" + w + "'", App.USAGE);
        }
        Path in = inbox.resolve(w);
        if (!Files.isDirectory(in)) {
            throw new FactbriefException("no inbox folder for " + w + ": " + in.toAbsolutePath(), App.USAGE);
        }
        List<Path> files;
        try (Stream<Path> s = Files.list(in)) {
            files = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        Path out = common.out.resolve(w);
        BriefRenderer renderer = new BriefRenderer(App.templates(common.templates));
        RenderOptions options = common.options(false, renderer.messages());
        BriefJob job = new BriefJob(LanguageLayer.shared(), renderer);
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        int failed = 0;
        for (Path f : files) {
            try {
                job.write(new ClusterReader().read(f), common.asOf(app.clock), options, out);
                stdout.println("ok     " + f.getFileName());
            } catch (RuntimeException e) {
                failed++;
                stderr.println("FAILED " + (e.getMessage() == null ? e : e.getMessage()));
            }
        }
        stdout.println(failed + " of " + files.size() + " briefs failed");
        return failed == 0 ? 0 : App.INPUT_ERROR;
    }

    static String lastCompleteWeek(LocalDate today) {
        LocalDate d = today.minusWeeks(1);
        return String.format("%04d-W%02d", d.get(IsoFields.WEEK_BASED_YEAR), d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }
}
