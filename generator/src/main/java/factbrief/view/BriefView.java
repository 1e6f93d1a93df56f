package factbrief.view;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Everything one rendering of a brief shows, ready for a template: numbered citations, localized labels and dates.
 * Strings are plain text (templates escape them); {@code null} marks an absent value.
 *
 * @param lang          BCP 47 tag of the labels' language, for {@code <html lang>}
 * @param pageSize      CSS {@code @page size} value: {@code A4} or {@code letter}
 * @param docTitle      the document title
 * @param labels        every label of the brief's language, by message key
 * @param disagreements null for a single-story brief, which shows {@code singleSourceLine} instead
 * @param omittedLine   the total "N more in the HTML/JSON" line, or null when nothing was cut
 */
public record BriefView(String lang, String pageSize, String docTitle, Map<String, String> labels, Header header,
                        Block<MeetingItem> meetings, Block<PositionItem> positions, Block<FollowUpItem> followUps,
                        Block<DisagreementItem> disagreements, String singleSourceLine, Block<SourceEntry> sources,
                        int omitted, String omittedLine) {
    public BriefView {
        Objects.requireNonNull(lang, "lang");
        Objects.requireNonNull(pageSize, "pageSize");
        Objects.requireNonNull(docTitle, "docTitle");
        labels = Map.copyOf(labels);
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(meetings, "meetings");
        Objects.requireNonNull(positions, "positions");
        Objects.requireNonNull(followUps, "followUps");
        Objects.requireNonNull(sources, "sources");
    }

    /** True for a single-story brief, which has no disagreements section. */
    public boolean singleSource() {
        return disagreements == null;
    }

    /** The items of one section as shown, with the "N more" line when some were cut from this rendering. */
    public record Block<T>(List<T> items, int omitted, String more) {
        public Block {
            items = List.copyOf(items);
        }

        public boolean empty() {
            return items.isEmpty() && omitted == 0;
        }
    }

    /** The head of the brief: title, as-of line and key figures. */
    public record Header(String kicker, String title, String asOf, List<HeaderFact> facts) {
        public Header {
            facts = List.copyOf(facts);
        }
    }

    /** One labelled figure of the header, e.g. "Stories: 5". */
    public record HeaderFact(String label, String value) {
    }

    /** A citation mark {@code [n]}: a link to source entry n, or plain text ({@code href} null) when not listed. */
    public record Cite(int number, String href, String title, boolean independent) {
    }

    /** A participant: name with role and country when known. */
    public record PersonItem(String name, String role, String country) {
        /** Role and country joined for display, or null. */
        public String detail() {
            if (role == null && country == null) {
                return null;
            }
            return role == null ? country : country == null ? role : role + ", " + country;
        }
    }

    /** Who met whom, where and when. */
    public record MeetingItem(String key, List<PersonItem> participants, List<PersonItem> alsoPresent, String place,
                              String date, boolean background, List<Cite> cites) {
        public MeetingItem {
            participants = List.copyOf(participants);
            alsoPresent = List.copyOf(alsoPresent);
            cites = List.copyOf(cites);
        }
    }

    /** A verbatim quote in its original language; {@code shortened} when this rendering cut its end. */
    public record QuoteItem(String text, String lang, String langTag, String langName, boolean shortened) {
    }

    /**
     * A stated position; {@code framing} marks a site's own framing rather than the holder's statement.
     * {@code stance} is the machine label (negative, positive, neutral, mixed), {@code stanceLabel} its display text.
     * {@code summaryLang} is the language of the summary when it is an excerpt of a source, else null.
     */
    public record PositionItem(String key, String holder, String target, boolean framing, String kindLabel,
                               String stance, String stanceLabel, String summary, String summaryLang,
                               QuoteItem quote, List<Cite> cites) {
        public PositionItem {
            cites = List.copyOf(cites);
        }
    }

    /**
     * An agreed, planned, considered or proposed follow-up. When the action quotes a source, {@code action} is that
     * excerpt in {@code actionLang} and {@code lead} what the generator put before it (the kind of action), else
     * {@code action} is the whole text and both are null.
     */
    public record FollowUpItem(String key, String lead, String action, String actionLang, String status,
                               String statusLabel, List<String> parties, List<Cite> cites) {
        public FollowUpItem {
            parties = List.copyOf(parties);
            cites = List.copyOf(cites);
        }
    }

    /** A point the sources disagree on, one claim per side. */
    public record DisagreementItem(String key, String topic, List<ClaimItem> claims) {
        public DisagreementItem {
            claims = List.copyOf(claims);
        }
    }

    /** One side of a disagreement with the sources stating it; {@code lang} when the value quotes a source. */
    public record ClaimItem(String value, String lang, List<Cite> cites) {
        public ClaimItem {
            cites = List.copyOf(cites);
        }
    }

    /** A flag on a source; {@code of} cites the original for translations and duplicates, {@code ofText} otherwise. */
    public record FlagItem(String flag, String text, Cite of, String ofText, String why) {
    }

    /**
     * A numbered source entry; {@code anchor} is its element id, {@code url} is an http(s) link or null,
     * {@code linkTitle} describes that link (for the title attribute and the PDF's link description).
     */
    public record SourceEntry(int number, String anchor, String site, String title, String language,
                              String languageName, String date, String url, String linkTitle, boolean independent,
                              String independenceLabel, List<FlagItem> flags) {
        public SourceEntry {
            flags = List.copyOf(flags);
        }
    }
}
