package factbrief.cli;

import picocli.CommandLine;

/** The factbrief command line. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.exit(App.commandLine(java.time.Clock.systemUTC()).execute(args));
    }
}
