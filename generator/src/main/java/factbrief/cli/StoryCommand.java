package factbrief.cli;

import factbrief.input.ClusterReader;
import factbrief.model.Cluster;
import factbrief.model.FactbriefException;
import factbrief.model.Story;
import factbrief.render.BriefRenderer;
import factbrief.render.RenderOptions;
import factbrief.run.BriefJob;
import factbrief.text.LanguageLayer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code factbrief story FILE [--story ID]}: a single-source brief from one story of a cluster file. */
@Command(name = "story", mixinStandardHelpOptions = true,
        description = "Write a single-source brief for one story (a cluster file with --story, or a one-story file).")
final class StoryCommand implements Callable<Integer> {
    @ParentCommand
    App app;
    @Spec
    CommandSpec spec;
    @Mixin
    Common common;
    @Parameters(paramLabel = "FILE")
    Path file;
    @Option(names = "--story", description = "the story id (required when the file has several stories)")
    String storyId;

    @Override
    public Integer call() {
        common.paper(); // configuration first
        Cluster c = new ClusterReader().read(file);
        Story s;
        if (storyId != null) {
            s = c.story(storyId).orElseThrow(() -> new FactbriefException(
                    file + ": no story with id '" + storyId + "'", App.INPUT_ERROR));
        } else if (c.stories().size() == 1) {
            s = c.stories().get(0);
        } else {
            throw new FactbriefException(file + ": " + c.stories().size() + " stories; say which with --story ID",
                    App.USAGE);
        }
        Cluster one = new Cluster(c.id() + "-" + slug(s.id()), c.title(), c.week(), c.focus(), c.entities(),
                java.util.List.of(s));
        BriefRenderer renderer = new BriefRenderer(App.templates(common.templates));
        RenderOptions options = common.options(true, renderer.messages());
        BriefJob job = new BriefJob(LanguageLayer.shared(), renderer);
        for (Path p : job.write(one, common.asOf(app.clock), options, common.out)) {
            spec.commandLine().getOut().println("wrote " + p);
        }
        return 0;
    }

    private static String slug(String id) {
        String s = id.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return s.length() > 40 ? s.substring(0, 40).replaceAll("-$", "") : s;
    }
}
