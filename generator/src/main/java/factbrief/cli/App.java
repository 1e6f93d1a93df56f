package factbrief.cli;

import factbrief.model.FactbriefException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.nio.file.Path;
import java.time.Clock;

/** The top command; subcommands do the work. */
@Command(name = "factbrief", mixinStandardHelpOptions = true, version = factbrief.run.Tool.NAME + " " + factbrief.run.Tool.VERSION,
        description = "One-page fact briefs (HTML, PDF, JSON) from clusters of news stories.",
        subcommands = {BriefCommand.class, StoryCommand.class, WeeklyCommand.class, ValidateCommand.class,
                AnnotateCommand.class, ClusterCommand.class, EvalCommand.class})
public final class App {
    /** Exit status when some input was rejected. */
    public static final int INPUT_ERROR = 1;
    /** Exit status for a usage error. */
    public static final int USAGE = 2;

    final Clock clock;

    App(Clock clock) {
        this.clock = clock;
    }

    /** A command line wired with exit codes and a handler that prints messages, not stack traces. */
    public static CommandLine commandLine(Clock clock) {
        CommandLine cl = new CommandLine(new App(clock));
        cl.setExitCodeExceptionMapper(e -> e instanceof FactbriefException fe ? fe.exitCode() : INPUT_ERROR);
        cl.setExecutionExceptionHandler((e, cmd, parse) -> {
            cmd.getErr().println("factbrief: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
            cmd.getErr().flush();
            return e instanceof FactbriefException fe ? fe.exitCode() : INPUT_ERROR;
        });
        cl.setParameterExceptionHandler((e, args) -> {
            e.getCommandLine().getErr().println("factbrief: " + e.getMessage());
            e.getCommandLine().usage(e.getCommandLine().getErr());
            return USAGE;
        });
        return cl;
    }

    /** The templates folder: {@code --templates}, else {@code templates/} of the installation. */
    static Path templates(Path option) {
        if (option != null) {
            return option;
        }
        String home = System.getProperty("factbrief.home");
        return home != null ? Path.of(home, "templates") : Path.of("templates");
    }
}
