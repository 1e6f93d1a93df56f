package factbrief.run;

import factbrief.cli.App;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/** The CLI run in this JVM with captured output: exit status, stdout and stderr. */
record CliRun(int exit, String out, String err) {
    /** A clock on Wednesday of the week after {@link WeekFixtures#WEEK}, in UTC. */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2031-03-12T06:00:00Z"), ZoneOffset.UTC);

    static CliRun run(String... args) {
        return run(CLOCK, args);
    }

    static CliRun run(Clock clock, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        var cl = App.commandLine(clock);
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int exit = cl.execute(args);
        return new CliRun(exit, out.toString(), err.toString());
    }

    @Override
    public String toString() {
        return "exit " + exit + "\n--- stdout\n" + out + "--- stderr\n" + err;
    }
}
