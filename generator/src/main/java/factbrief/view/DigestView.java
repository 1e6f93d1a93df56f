package factbrief.view;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The index page of a week's briefs, ready for {@code digest.ftlh}: one entry per brief, sorted by cluster id.
 * Strings are plain text (the template escapes them); {@code null} marks an absent value.
 *
 * @param lang       BCP 47 tag of the labels' language, for {@code <html lang>}
 * @param labels     every label of the language, by message key
 * @param weekLine   the week and its dates, e.g. "Week 2031-W10: 3 Mar 2031 – 9 Mar 2031"
 * @param failedLine how many inputs of the week could not be briefed, or null when none
 */
public record DigestView(String lang, String docTitle, Map<String, String> labels, String title, String weekLine,
                         String asOfLine, List<Entry> entries, String failedLine) {
    public DigestView {
        Objects.requireNonNull(lang, "lang");
        Objects.requireNonNull(docTitle, "docTitle");
        labels = Map.copyOf(labels);
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(weekLine, "weekLine");
        Objects.requireNonNull(asOfLine, "asOfLine");
        entries = List.copyOf(entries);
    }

    /**
     * One brief of the week: its title, the line of its main meeting, its counts and links to its three files.
     *
     * @param meetingLine who met whom, where and when; null when the brief reports no meeting
     * @param html        relative link to the HTML brief (likewise {@code pdf} and {@code json})
     */
    public record Entry(String id, String title, String meetingLine, boolean background, String positions,
                        String disagreements, String html, String pdf, String json) {
        public Entry {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(title, "title");
        }
    }
}
