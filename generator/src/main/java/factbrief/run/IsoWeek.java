package factbrief.run;

import factbrief.model.FactbriefException;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** An ISO-8601 week such as {@code 2031-W10}: the name of an inbox and an output folder. */
public record IsoWeek(int year, int week) {
    private static final Pattern FORM = Pattern.compile("(\\d{4})-W(\\d{2})");

    public IsoWeek {
        if (year < 1000 || year > 9999) {
            throw new IllegalArgumentException("year out of range: " + year);
        }
        int weeks = weeksIn(year);
        if (week < 1 || week > weeks) {
            throw new IllegalArgumentException(String.format(Locale.ROOT, "%04d has weeks 1 to %d, not %d",
                    year, weeks, week));
        }
    }

    /** The week named by {@code text} ({@code YYYY-Www}); a usage error otherwise. */
    public static IsoWeek parse(String text) {
        Matcher m = FORM.matcher(text);
        if (!m.matches()) {
            throw new FactbriefException("--week must look like 2031-W10, not '" + text + "'", WeeklyRun.USAGE);
        }
        try {
            return new IsoWeek(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
        } catch (IllegalArgumentException e) {
            throw new FactbriefException("--week " + text + " does not exist: " + e.getMessage(), WeeklyRun.USAGE);
        }
    }

    /** The week that contains {@code day}. */
    public static IsoWeek of(LocalDate day) {
        return new IsoWeek(day.get(IsoFields.WEEK_BASED_YEAR), day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    /** The last week that has ended before {@code today}: the week before today's week. */
    public static IsoWeek lastComplete(LocalDate today) {
        return of(today.minusWeeks(1));
    }

    /** The Monday that starts the week. */
    public LocalDate monday() {
        return LocalDate.of(year, 1, 4).with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week).with(DayOfWeek.MONDAY);
    }

    /** The Sunday that ends the week. */
    public LocalDate sunday() {
        return monday().plusDays(6);
    }

    private static int weeksIn(int year) {
        return (int) LocalDate.of(year, 6, 1).range(IsoFields.WEEK_OF_WEEK_BASED_YEAR).getMaximum();
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%04d-W%02d", year, week);
    }
}
