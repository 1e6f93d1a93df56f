package factbrief.cli;

import factbrief.run.IsoWeek;
import factbrief.run.Progress;
import factbrief.run.WeeklyRun;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;

/** {@code factbrief weekly --inbox DIR --out DIR [--week YYYY-Www]}: every input of a week; see {@link WeeklyRun}. */
@Command(name = "weekly", mixinStandardHelpOptions = true,
        description = {"Brief every input in INBOX/YYYY-Www/ into OUT/YYYY-Www/ (briefs, index.html, run.json);"
                + " one bad input never stops the run.",
                "The briefs' as-of date is the week's Sunday unless --as-of is given, so reruns give the same bytes.",
                "Exit status: 0 all briefed; 1 some input failed (the rest written); 2 usage error;"
                        + " 3 another run holds OUT/.factbrief.lock."})
final class WeeklyCommand implements Callable<Integer> {
    @ParentCommand
    App app;
    @Spec
    CommandSpec spec;
    @Mixin
    Common common;
    @Option(names = "--inbox", required = true, description = "inbox folder with one YYYY-Www/ folder per week")
    Path inbox;
    @Option(names = "--week", description = "ISO week, e.g. 2031-W10 (default: the last complete week)")
    String week;
    @Option(names = "--threads", description = "inputs briefed at once (default: all cores)")
    Integer threads;
    @Option(names = "--prune", description = "remove brief files whose input is gone or failed")
    boolean prune;
    @Option(names = "--force", description = "render every brief again, even when nothing changed")
    boolean force;
    @Option(names = "--progress", defaultValue = "auto",
            description = "auto (a bar on a terminal, else one line per input), bar or lines")
    String progress;

    @Override
    public Integer call() {
        IsoWeek w = week != null ? IsoWeek.parse(week) : IsoWeek.lastComplete(LocalDate.now(app.clock));
        // --as-of default for a week: its Sunday, so that a rerun on another day changes nothing
        LocalDate asOf = common.asOf;
        java.nio.file.Path templates = App.templates(common.templates);
        common.paper(); // configuration first
        WeeklyRun.Settings settings = new WeeklyRun.Settings(inbox, common.out, w, asOf,
                common.options(false, factbrief.view.Messages.load(templates.resolve("messages"))), templates,
                threads != null ? threads : Runtime.getRuntime().availableProcessors(), prune, force);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        boolean bar = switch (progress) {
            case "auto" -> System.console() != null;
            case "bar" -> true;
            case "lines" -> false;
            default -> throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--progress must be auto, bar or lines, not '" + progress + "'");
        };
        WeeklyRun.Outcome outcome = new WeeklyRun(settings, app.clock,
                bar ? Progress.bar(out, err) : Progress.lines(out, err)).run();
        return outcome.exitCode();
    }
}
