package factbrief.cli;

import factbrief.input.ClusterReader;
import factbrief.model.Cluster;
import factbrief.render.BriefRenderer;
import factbrief.render.RenderOptions;
import factbrief.run.BriefJob;
import factbrief.text.LanguageLayer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code factbrief brief CLUSTER.json}: one cluster's brief, on demand. */
@Command(name = "brief", mixinStandardHelpOptions = true, description = "Write the brief of one cluster file.")
final class BriefCommand implements Callable<Integer> {
    @ParentCommand
    App app;
    @Spec
    CommandSpec spec;
    @Mixin
    Common common;
    @Parameters(paramLabel = "CLUSTER.json")
    Path cluster;

    @Override
    public Integer call() {
        common.paper(); // configuration first: a bad option fails before any work
        BriefRenderer renderer = new BriefRenderer(App.templates(common.templates));
        RenderOptions options = common.options(false, renderer.messages());
        Cluster c = new ClusterReader().read(cluster);
        BriefJob job = new BriefJob(LanguageLayer.shared(), renderer);
        for (Path p : job.write(c, common.asOf(app.clock), options, common.out)) {
            spec.commandLine().getOut().println("wrote " + p);
        }
        return 0;
    }
}
