package factbrief.cli;

import factbrief.model.FactbriefException;
import factbrief.render.Paper;
import factbrief.render.RenderOptions;
import factbrief.view.Messages;
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

    @Option(names = "--locale", description = "labels, dates and numbers: en, es, de or fr, optionally with a region as in de-AT (default: en)", defaultValue = "en")
    String locale;

    @Option(names = "--templates", description = "templates folder (default: the installation's templates/)")
    Path templates;

    LocalDate asOf(Clock clock) {
        return asOf != null ? asOf : LocalDate.now(clock);
    }

    /**
     * The render options; checked up front: {@code --paper} is a4 or letter and {@code --locale} names a language
     * the templates have labels for (a region, as in de-AT, only changes how dates and numbers are written).
     */
    /** The paper size; a usage error for anything but a4 or letter. */
    Paper paper() {
        return switch (paper.toLowerCase(Locale.ROOT)) {
            case "a4" -> Paper.A4;
            case "letter" -> Paper.LETTER;
            default -> throw new FactbriefException("--paper must be a4 or letter, not '" + paper + "'", App.USAGE);
        };
    }

    RenderOptions options(boolean singleStory, Messages messages) {
        Paper p = paper();
        Locale l = Locale.forLanguageTag(locale.replace('_', '-'));
        if (!messages.languages().contains(l.getLanguage())) {
            throw new FactbriefException("--locale must be one of " + String.join(", ", messages.languages())
                    + " (the languages of templates/messages), not '" + locale + "'", App.USAGE);
        }
        return new RenderOptions(p, l, singleStory);
    }
}
