package factbrief.view;

import factbrief.model.PartialDate;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/** Builds the week's index page from short summaries of its briefs. */
public final class DigestViews {
    private DigestViews() {
    }

    /**
     * What the index shows of one brief (read from its {@code factbrief.brief/1} JSON).
     *
     * @param meeting       the brief's first meeting not marked background, else its first meeting; null if none
     * @param disagreements the number of disagreements, or -1 for a single-story brief without that section
     */
    public record Brief(String id, String title, Meeting meeting, int positions, int disagreements) {
        public Brief {
            Objects.requireNonNull(id, "id");
        }
    }

    /** A meeting as the index line shows it: participants' names, place and date (ISO, possibly partial). */
    public record Meeting(List<String> participants, String place, String date, boolean background) {
        public Meeting {
            participants = List.copyOf(participants);
        }
    }

    /**
     * The index view of one week.
     *
     * @param week   ISO week, e.g. {@code 2031-W10}
     * @param monday the first day of that week
     * @param failed how many inputs of the week failed (a line says so when more than zero)
     */
    public static DigestView of(Labels labels, String week, LocalDate monday, LocalDate asOf, List<Brief> briefs,
                                int failed) {
        Locale locale = labels.locale();
        NumberFormat n = NumberFormat.getIntegerInstance(locale);
        List<Brief> sorted = new ArrayList<>(briefs);
        sorted.sort(Comparator.comparing(Brief::id));
        List<DigestView.Entry> entries = new ArrayList<>();
        for (Brief b : sorted) {
            String title = Objects.requireNonNullElse(Text.orNull(b.title()), b.id());
            entries.add(new DigestView.Entry(b.id(), title, meetingLine(b.meeting(), locale),
                    b.meeting() != null && b.meeting().background(), n.format(b.positions()),
                    b.disagreements() < 0 ? null : n.format(b.disagreements()),
                    b.id() + ".html", b.id() + ".pdf", b.id() + ".json"));
        }
        String title = labels.format("digest.title", week);
        String weekLine = labels.format("digest.week", week, date(monday, locale), date(monday.plusDays(6), locale));
        return new DigestView(locale.toLanguageTag(), title, labels.asMap(), title, weekLine,
                labels.format("brief.asOf", date(asOf, locale)), entries,
                failed > 0 ? labels.format("digest.failed", failed) : null);
    }

    private static String meetingLine(Meeting m, Locale locale) {
        if (m == null) {
            return null;
        }
        List<String> parts = new ArrayList<>();
        List<String> names = m.participants().stream().map(Text::orNull).filter(Objects::nonNull).toList();
        if (!names.isEmpty()) {
            parts.add(String.join(", ", names));
        }
        if (Text.orNull(m.place()) != null) {
            parts.add(Text.orNull(m.place()));
        }
        String date = Text.orNull(m.date());
        if (date != null) {
            parts.add(PartialDate.parse(date).map(d -> partialDate(d, locale)).orElse(date));
        }
        return parts.isEmpty() ? null : String.join(" · ", parts);
    }

    private static String date(LocalDate d, Locale locale) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(d);
    }

    private static String partialDate(PartialDate d, Locale locale) {
        if (d.isFullDate()) {
            return date(d.earliest(), locale);
        }
        if (d.month() != 0) {
            return DateTimeFormatter.ofPattern("LLL yyyy", locale).format(d.earliest());
        }
        return String.valueOf(d.year());
    }
}
