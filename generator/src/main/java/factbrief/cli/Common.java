package factbrief.cli;

import factbrief.render.Paper;
import factbrief.render.RenderOptions;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;

/** Options shared by the commands that render briefs. */
final class Common {
    @Option(names = "--out", description = "output folder (default: briefs)", defaultValue = "briefs")
    Path out;

    @Option(names = "--as-of", description = "the brief's as-of date, YYYY-MM-DD (default: today, UTC)")
    LocalDate asOf;

    @Option(names = "--paper", description = "a4 or letter (default: a4)", defaultValue = "a4")
    String paper;

    @Option(names = "--locale", description = "labels: en, es, de or fr (default: en)", defaultValue = "en")
    String locale;

    @Option(names = "--templates", description = "templates folder (default: the installation's templates/)")
    Path templates;

    LocalDate asOf(Clock clock) {
        return asOf != null ? asOf : LocalDate.now(clock);
    }

    RenderOptions options(boolean singleStory) {
        Paper p = switch (paper.toLowerCase(Locale.ROOT)) {
            case "a4" -> Paper.A4;
            case "letter" -> Paper.LETTER;
            default -> throw new factbrief.model.FactbriefException(
                    "--paper must be a4 or letter, not '" + paper + "'", App.USAGE);
        };
        return new RenderOptions(p, Locale.forLanguageTag(locale), singleStory);
    }
}
