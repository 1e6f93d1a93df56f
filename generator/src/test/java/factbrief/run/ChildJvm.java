package factbrief.run;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** {@code factbrief weekly} in a child JVM on this test's class path, with its own environment and JVM options. */
final class ChildJvm {
    private ChildJvm() {
    }

    /**
     * A process builder for {@code factbrief weekly}; output goes to {@code log}.
     *
     * @param env      environment entries to set (e.g. {@code TZ}, {@code LC_ALL})
     * @param jvmArgs  JVM options (e.g. {@code -Duser.timezone=...})
     * @param args     the weekly command's options
     */
    static ProcessBuilder weekly(Map<String, String> env, List<String> jvmArgs, Path log, List<String> args) {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xss4m"));
        cmd.addAll(jvmArgs);
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), "factbrief.cli.Main", "weekly"));
        cmd.addAll(args);
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.environment().putAll(env);
        pb.redirectErrorStream(true);
        pb.redirectOutput(log.toFile());
        return pb;
    }

    /** Runs to the end and returns the exit status. */
    static int runToEnd(ProcessBuilder pb) throws IOException, InterruptedException {
        return pb.start().waitFor();
    }
}
