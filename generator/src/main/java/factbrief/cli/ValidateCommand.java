package factbrief.cli;

import factbrief.input.ClusterReader;
import factbrief.input.InputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code factbrief validate FILE...}: checks cluster files against the contract and its JSON Schema. */
@Command(name = "validate", mixinStandardHelpOptions = true, description = "Check cluster files; print each problem.")
final class ValidateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Parameters(paramLabel = "FILE", arity = "1..*")
    List<Path> files;

    @Override
    public Integer call() {
        int bad = 0;
        for (Path f : files) {
            try {
                new ClusterReader().read(f);
                spec.commandLine().getOut().println("valid  " + f);
            } catch (InputException e) {
                bad++;
                spec.commandLine().getErr().println(e.getMessage());
            }
        }
        return bad == 0 ? 0 : App.INPUT_ERROR;
    }
}
