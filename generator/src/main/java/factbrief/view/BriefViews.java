package factbrief.view;

import factbrief.model.Claim;
import factbrief.model.Disagreement;
import factbrief.model.Evidence;
import factbrief.model.Facts;
import factbrief.model.FollowUp;
import factbrief.model.Meeting;
import factbrief.model.PartialDate;
import factbrief.model.Participant;
import factbrief.model.Position;
import factbrief.model.PositionKind;
import factbrief.model.Source;
import factbrief.model.SourceFlag;
import factbrief.view.BriefView.Block;
import factbrief.view.BriefView.Cite;
import factbrief.view.BriefView.ClaimItem;
import factbrief.view.BriefView.DisagreementItem;
import factbrief.view.BriefView.FlagItem;
import factbrief.view.BriefView.FollowUpItem;
import factbrief.view.BriefView.Header;
import factbrief.view.BriefView.HeaderFact;
import factbrief.view.BriefView.MeetingItem;
import factbrief.view.BriefView.PersonItem;
import factbrief.view.BriefView.PositionItem;
import factbrief.view.BriefView.QuoteItem;
import factbrief.view.BriefView.SourceEntry;

import java.text.Collator;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;

/** Builds the complete view of a brief from its facts: every item, numbered citations, localized labels. */
public final class BriefViews {
    private final Facts facts;
    private final Labels labels;
    private final Locale locale;
    private final Map<String, Integer> numbers = new LinkedHashMap<>();
    private final java.util.Set<Integer> independent = new java.util.HashSet<>();
    private final Map<String, String> languages = new HashMap<>();

    private BriefViews(Facts facts, Labels labels) {
        this.facts = facts;
        this.labels = labels;
        this.locale = labels.locale();
        for (Source s : facts.sources()) {
            numbers.putIfAbsent(s.story(), numbers.size() + 1);
            if (s.independent()) {
                independent.add(numbers.get(s.story()));
            }
            String lang = Text.langTag(s.language());
            if (lang != null) {
                languages.putIfAbsent(s.story(), lang.toLowerCase(Locale.ROOT));
            }
        }
    }

    /**
     * The full view of {@code facts}: what the HTML shows. Sources are numbered in the order of
     * {@code facts.sources()}; a single-story view has no disagreements section.
     *
     * @param pageSize CSS page size, {@code A4} or {@code letter}
     */
    public static BriefView of(Facts facts, Labels labels, String pageSize, boolean singleStory) {
        Objects.requireNonNull(facts, "facts");
        Objects.requireNonNull(labels, "labels");
        return new BriefViews(facts, labels).build(pageSize, singleStory);
    }

    private BriefView build(String pageSize, boolean singleStory) {
        String title = Objects.requireNonNullElse(Text.orNull(facts.clusterTitle()), facts.clusterId());
        List<MeetingItem> meetings = new ArrayList<>();
        for (int i = 0; i < facts.meetings().size(); i++) {
            meetings.add(meeting("m" + i, facts.meetings().get(i)));
        }
        List<PositionItem> positions = new ArrayList<>();
        for (int i = 0; i < facts.positions().size(); i++) {
            positions.add(position("p" + i, facts.positions().get(i)));
        }
        List<FollowUpItem> followUps = new ArrayList<>();
        for (int i = 0; i < facts.followUps().size(); i++) {
            followUps.add(followUp("f" + i, facts.followUps().get(i)));
        }
        Block<DisagreementItem> disagreements = null;
        if (!singleStory) {
            List<DisagreementItem> items = new ArrayList<>();
            for (int i = 0; i < facts.disagreements().size(); i++) {
                items.add(disagreement("d" + i, facts.disagreements().get(i)));
            }
            disagreements = new Block<>(items, 0, null);
        }
        List<SourceEntry> sources = new ArrayList<>();
        for (Source s : facts.sources()) {
            if (numbers.get(s.story()) == sources.size() + 1) {
                sources.add(source(s));
            }
        }
        return new BriefView(labels.locale().toLanguageTag(), pageSize, title,
                labels.asMap(), header(title), new Block<>(meetings, 0, null), new Block<>(positions, 0, null),
                new Block<>(followUps, 0, null), disagreements, singleStory ? labels.get("singleSource") : null,
                new Block<>(sources, 0, null), 0, null);
    }

    private Header header(String title) {
        List<HeaderFact> header = new ArrayList<>();
        header.add(new HeaderFact(labels.get("header.dates"), datesCovered()));
        NumberFormat n = NumberFormat.getIntegerInstance(locale);
        header.add(new HeaderFact(labels.get("header.stories"), n.format(facts.sources().size())));
        long independent = facts.sources().stream().filter(Source::independent).count();
        header.add(new HeaderFact(labels.get("header.independent"), n.format(independent)));
        TreeSet<String> languages = new TreeSet<>();
        for (Source s : facts.sources()) {
            if (Text.langTag(s.language()) != null) {
                languages.add(s.language().toLowerCase(Locale.ROOT));
            }
        }
        Collator collator = Collator.getInstance(locale);
        List<String> names = languages.stream().map(this::languageName).sorted(collator).toList();
        header.add(new HeaderFact(labels.get("header.languages"),
                names.isEmpty() ? labels.get("header.unknown") : String.join(", ", names)));
        return new Header(labels.get("brief.kicker"), title, labels.format("brief.asOf", date(facts.asOf())), header);
    }

    private String datesCovered() {
        PartialDate first = null;
        PartialDate last = null;
        for (Source s : facts.sources()) {
            Optional<PartialDate> d = PartialDate.parse(s.published());
            if (d.isEmpty()) {
                continue;
            }
            if (first == null || d.get().earliest().isBefore(first.earliest())) {
                first = d.get();
            }
            if (last == null || d.get().latest().isAfter(last.latest())) {
                last = d.get();
            }
        }
        if (first == null) {
            return labels.get("header.unknown");
        }
        String a = partialDate(first);
        String b = partialDate(last);
        return a.equals(b) ? a : a + " – " + b;
    }

    private MeetingItem meeting(String key, Meeting m) {
        return new MeetingItem(key, people(m.participants()), people(m.alsoPresent()), Text.orNull(m.place()),
                displayDate(m.date()), m.background(), cites(m.evidence()));
    }

    private List<PersonItem> people(List<Participant> participants) {
        List<PersonItem> out = new ArrayList<>();
        for (Participant p : participants) {
            String name = Text.orNull(p.name());
            if (name != null) {
                out.add(new PersonItem(name, labels.generated(Text.orNull(p.role())),
                        labels.country(Text.orNull(p.country()))));
            }
        }
        return out;
    }

    private PositionItem position(String key, Position p) {
        boolean framing = p.kind() == PositionKind.FRAMING;
        QuoteItem quote = null;
        String text = Text.orNull(p.quote());
        if (text != null) {
            String lang = Text.langTag(p.quoteLanguage());
            quote = new QuoteItem(text, lang, lang == null ? null : lang.split("-")[0].toUpperCase(Locale.ROOT),
                    lang == null ? null : languageName(lang), false);
        }
        String stance = p.stance().label();
        String summary = Text.orNull(p.summary());
        if (summary != null && text != null && summary.contains(text) && text.length() * 10 >= summary.length() * 6) {
            summary = null; // the quote already says most of the sentence: do not print it twice
        }
        return new PositionItem(key, Objects.requireNonNullElse(Text.orNull(p.holder().name()), "?"),
                Text.orNull(p.target().name()), framing,
                labels.get(framing ? "position.framing" : "position.statement"), stance,
                labels.get("stance." + stance), summary, quotedLanguage(summary, p.evidence()), quote,
                cites(p.evidence()));
    }

    private FollowUpItem followUp(String key, FollowUp f) {
        List<String> parties = f.parties().stream().map(Text::orNull).filter(Objects::nonNull).toList();
        String status = f.status().label();
        String action = Objects.requireNonNullElse(Text.orNull(f.action()), "?");
        String lead = null;
        String lang = quotedLanguage(action, f.evidence());
        // the generator writes "kind of action: excerpt"; find the excerpt after a colon
        for (int colon = action.indexOf(": "); lang == null && colon > 0; colon = action.indexOf(": ", colon + 1)) {
            String rest = action.substring(colon + 2).strip();
            lang = quotedLanguage(rest, f.evidence());
            if (lang != null) {
                lead = action.substring(0, colon).strip();
                action = rest;
            }
        }
        if (lead != null) {
            String whole = labels.generated(lead);
            lead = !whole.equals(lead) ? whole : java.util.Arrays.stream(lead.split(", ")).map(labels::generated)
                    .collect(java.util.stream.Collectors.joining(", "));
        }
        parties = parties.stream().map(labels::country).toList();
        return new FollowUpItem(key, lead, action, lang, status, labels.get("status." + status), parties,
                cites(f.evidence()));
    }

    private DisagreementItem disagreement(String key, Disagreement d) {
        List<ClaimItem> claims = new ArrayList<>();
        for (Claim c : d.claims()) {
            String value = Objects.requireNonNullElse(Text.orNull(c.value()), "?");
            String lang = quotedLanguage(value, c.evidence());
            claims.add(new ClaimItem(lang == null ? labels.generated(value) : value, lang, cites(c.evidence())));
        }
        return new DisagreementItem(key, labels.generated(Objects.requireNonNullElse(Text.orNull(d.topic()), "?")),
                claims);
    }

    private SourceEntry source(Source s) {
        int number = numbers.get(s.story());
        List<FlagItem> flags = new ArrayList<>();
        for (SourceFlag f : s.flags()) {
            String kind = f.flag().label();
            Integer of = f.of() == null ? null : numbers.get(f.of());
            flags.add(new FlagItem(kind, labels.get("flag." + kind), of == null ? null : cite(of),
                    of == null ? Text.orNull(f.of()) : null, Text.orNull(f.why())));
        }
        String lang = Text.langTag(s.language());
        Optional<PartialDate> published = PartialDate.parse(s.published());
        String site = Objects.requireNonNullElse(Text.orNull(s.site()), s.story());
        String url = Text.httpUrl(s.url());
        return new SourceEntry(number, "src-" + number, site,
                Text.orNull(s.title()), lang == null ? null : lang.toUpperCase(Locale.ROOT),
                lang == null ? null : languageName(lang),
                published.map(this::partialDate).orElse(labels.get("source.noDate")), url,
                url == null ? null : labels.format("source.link", number, site), s.independent(), labels.get(s.independent() ? "source.independent" : "source.notIndependent"), flags);
    }

    private List<Cite> cites(List<Evidence> evidence) {
        TreeSet<Integer> used = new TreeSet<>();
        for (Evidence e : evidence) {
            Integer n = numbers.get(e.story());
            if (n != null) {
                used.add(n);
            }
        }
        return used.stream().map(this::cite).toList();
    }

    private Cite cite(int n) {
        return new Cite(n, "#src-" + n, labels.format("cite.label", n), independent.contains(n));
    }

    /**
     * The language of the story {@code text} quotes, or null: found when the text (without a trailing ellipsis the
     * generator adds to shortened excerpts) occurs in one of the evidence spans whose story has a language.
     */
    private String quotedLanguage(String text, List<Evidence> evidence) {
        if (text == null) {
            return null;
        }
        String core = text.endsWith("…") ? text.substring(0, text.length() - 1).strip() : text;
        if (core.codePointCount(0, core.length()) < 2) {
            return null;
        }
        for (Evidence e : evidence) {
            String lang = languages.get(e.story());
            if (lang != null && e.text().contains(core)) {
                return lang;
            }
        }
        return null;
    }

    private String languageName(String tag) {
        String name = Locale.forLanguageTag(tag).getDisplayLanguage(locale);
        return name.isEmpty() ? tag : name;
    }

    private String displayDate(String raw) {
        return PartialDate.parse(raw).map(this::partialDate).orElse(Text.orNull(raw));
    }

    private String date(LocalDate d) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(d);
    }

    private String partialDate(PartialDate d) {
        if (d.isFullDate()) {
            return date(d.earliest());
        }
        if (d.month() != 0) {
            return DateTimeFormatter.ofPattern("LLL yyyy", locale).format(d.earliest());
        }
        return String.valueOf(d.year());
    }
}
