package factbrief.extract;

import factbrief.model.PartialDate;
import factbrief.text.Lexicon;
import factbrief.text.Token;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Dates in a sentence: explicit ones ("May 5, 2025", "14 de noviembre", "11. Juni 2013") and relative ones
 * ("Monday", "este jueves", "hoy", "yesterday") resolved against the story's publication date when it is known.
 */
final class DateFinder {
    /** A date found in text; {@code date} is null when a relative date could not be resolved. */
    record Found(LocalDate date, String relative, boolean explicit) {
    }

    private DateFinder() {
    }

    static Optional<Found> find(List<Token> ts, Lexicon lex, PartialDate published) {
        Map<String, Double> months = lex.table("months");
        Map<String, Double> weekdays = lex.table("weekdays");
        Map<String, Double> relative = lex.table("relative");
        Found weak = null;
        for (int i = 0; i < ts.size(); i++) {
            String f = ts.get(i).folded().replace(".", "");
            Double month = months.get(f);
            if (month != null && (f.length() > 3 || ts.get(i).isCapitalized())) {
                Integer day = number(ts, i + 1);
                int yearAt = i + 2;
                if (day == null) {
                    day = number(ts, i - 1);
                    if (day == null && i >= 2 && (ts.get(i - 1).folded().equals("de")
                            || ts.get(i - 1).folded().equals("."))) {
                        day = number(ts, i - 2);
                    }
                    yearAt = i + 1;
                }
                if (day != null && day >= 1 && day <= 31) {
                    Integer year = yearAfter(ts, yearAt);
                    if (year == null && published != null) {
                        year = published.year();
                    }
                    if (year != null) {
                        try {
                            return Optional.of(new Found(LocalDate.of(year, month.intValue(), day), null, true));
                        } catch (DateTimeException e) {
                            // not a date after all
                        }
                    }
                }
            }
            Double wd = weekdays.get(f);
            if (wd != null && weak == null) {
                LocalDate d = null;
                if (published != null && published.isFullDate()) {
                    d = published.toLocalDate().orElseThrow();
                    int step = ahead(ts, i, lex) ? 1 : -1; // "is scheduled to meet X on Thursday": the next one
                    while (d.getDayOfWeek().getValue() != wd.intValue()) {
                        d = d.plusDays(step);
                    }
                }
                weak = new Found(d, ts.get(i).text(), false);
            }
            Double rel = relative.get(f);
            if (rel != null && weak == null) {
                LocalDate d = published != null && published.isFullDate()
                        ? published.toLocalDate().orElseThrow().plusDays(rel.longValue()) : null;
                weak = new Found(d, ts.get(i).text(), false);
            }
        }
        return Optional.ofNullable(weak);
    }

    /**
     * Whether a plan governs the weekday at {@code at}: a plan cue ("will", "is scheduled to", "wird") up to ten
     * words before it with no reporting verb in between ("said on Monday it will ..." keeps the past Monday).
     */
    private static boolean ahead(List<Token> ts, int at, Lexicon lex) {
        List<Lexicon.Match> says = lex.find(ts, "say");
        for (Lexicon.Match p : lex.find(ts, "plan")) {
            if (p.to() <= at && at - p.to() <= 10
                    && says.stream().noneMatch(sy -> sy.from() >= p.from() && sy.from() < at)
                    && says.stream().noneMatch(sy -> sy.from() > at && sy.from() - at <= 2)) {
                return true;
            }
        }
        return false;
    }

    private static Integer number(List<Token> ts, int i) {
        if (i < 0 || i >= ts.size()) {
            return null;
        }
        String t = ts.get(i).text().replaceAll("(st|nd|rd|th|er|\\.)$", "");
        return t.matches("\\d{1,2}") ? Integer.valueOf(t) : null;
    }

    private static Integer yearAfter(List<Token> ts, int i) {
        for (int k = i; k < Math.min(ts.size(), i + 3); k++) {
            if (ts.get(k).text().matches("(19|20)\\d\\d")) {
                return Integer.valueOf(ts.get(k).text());
            }
        }
        return null;
    }
}
