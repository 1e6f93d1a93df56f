package factbrief.view;

import factbrief.view.BriefView.Block;
import factbrief.view.BriefView.Cite;
import factbrief.view.BriefView.ClaimItem;
import factbrief.view.BriefView.DisagreementItem;
import factbrief.view.BriefView.FlagItem;
import factbrief.view.BriefView.FollowUpItem;
import factbrief.view.BriefView.MeetingItem;
import factbrief.view.BriefView.PositionItem;
import factbrief.view.BriefView.QuoteItem;
import factbrief.view.BriefView.SourceEntry;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * What leaves the PDF first when a brief does not fit one page. {@link #plan} orders every possible cut from least
 * to most important; the renderer applies the shortest prefix of that plan that fits, so the HTML and JSON keep
 * everything and the PDF says how much it left out.
 */
public final class Cuts {
    /** Code points a shortened quote keeps. */
    public static final int QUOTE_KEEP = 140;
    private static final int FOLLOW_UPS_FIRST = 6;
    private static final int POSITIONS_FIRST = 4;
    private static final int DISAGREEMENTS_FIRST = 3;
    private static final int FOLLOW_UPS_SECOND = 2;
    private static final int POSITIONS_SECOND = 2;
    private static final int DISAGREEMENTS_SECOND = 1;
    private static final int MEETINGS_SECOND = 2;

    private Cuts() {
    }

    /**
     * Every cut for {@code full}, least important first: background meetings; follow-ups, positions and
     * disagreements beyond the first few; long quotes shortened; then fewer of each; then everything, sources last.
     */
    public static List<Cut> plan(BriefView full) {
        Planner p = new Planner();
        List<String> meetings = keys(full.meetings().items(), MeetingItem::key);
        List<String> background = full.meetings().items().stream().filter(MeetingItem::background)
                .map(MeetingItem::key).toList();
        List<String> onTime = full.meetings().items().stream().filter(m -> !m.background())
                .map(MeetingItem::key).toList();
        List<String> followUps = full.followUps().items().stream()
                .sorted(Comparator.comparingInt(Cuts::statusRank))
                .map(FollowUpItem::key).toList();
        List<String> positions = full.positions().items().stream()
                .sorted(Comparator.comparing(PositionItem::framing))
                .map(PositionItem::key).toList();
        List<String> disagreements = full.disagreements() == null ? List.of()
                : keys(full.disagreements().items(), DisagreementItem::key);

        p.dropBeyond(background, 0);
        p.dropBeyond(followUps, FOLLOW_UPS_FIRST);
        p.dropBeyond(positions, POSITIONS_FIRST);
        p.dropBeyond(disagreements, DISAGREEMENTS_FIRST);
        List<PositionItem> reversed = new ArrayList<>(full.positions().items());
        Collections.reverse(reversed);
        for (PositionItem item : reversed) {
            if (item.quote() != null && item.quote().text().codePointCount(0, item.quote().text().length())
                    > QUOTE_KEEP + 20) {
                p.add(Cut.shorten(item.key()));
            }
        }
        p.dropBeyond(followUps, FOLLOW_UPS_SECOND);
        p.dropBeyond(disagreements, DISAGREEMENTS_SECOND);
        p.dropBeyond(positions, POSITIONS_SECOND);
        p.dropBeyond(onTime, MEETINGS_SECOND);
        p.dropBeyond(followUps, 0);
        p.dropBeyond(disagreements, 0);
        p.dropBeyond(positions, 0);
        p.dropBeyond(meetings, 0);
        p.dropBeyond(keys(full.sources().items(), s -> "s" + s.number()), 0);
        return List.copyOf(p.cuts);
    }

    /** The view with {@code cuts} applied and the "N more in the HTML/JSON" lines filled in. */
    public static BriefView apply(BriefView full, List<Cut> cuts, Labels labels) {
        if (cuts.isEmpty()) {
            return full;
        }
        Set<String> dropped = new HashSet<>();
        Set<String> shortened = new HashSet<>();
        for (Cut c : cuts) {
            (c.kind() == Cut.Kind.DROP ? dropped : shortened).add(c.key());
        }
        Set<Integer> keptSources = new HashSet<>();
        for (SourceEntry s : full.sources().items()) {
            if (!dropped.contains("s" + s.number())) {
                keptSources.add(s.number());
            }
        }
        Function<List<Cite>, List<Cite>> relink = list -> list.stream()
                .map(c -> keptSources.contains(c.number()) ? c : new Cite(c.number(), null, c.title(), c.independent())).toList();

        Block<MeetingItem> meetings = cut(full.meetings(), m -> dropped.contains(m.key()), labels,
                m -> new MeetingItem(m.key(), m.participants(), m.alsoPresent(), m.place(), m.date(), m.background(),
                        relink.apply(m.cites())));
        Block<PositionItem> positions = cut(full.positions(), p -> dropped.contains(p.key()), labels,
                p -> new PositionItem(p.key(), p.holder(), p.target(), p.framing(), p.kindLabel(), p.stance(),
                        p.stanceLabel(), p.summary(), p.summaryLang(), shortened.contains(p.key()) ? shorten(p.quote()) : p.quote(),
                        relink.apply(p.cites())));
        Block<FollowUpItem> followUps = cut(full.followUps(), f -> dropped.contains(f.key()), labels,
                f -> new FollowUpItem(f.key(), f.lead(), f.action(), f.actionLang(), f.status(), f.statusLabel(), f.parties(),
                        relink.apply(f.cites())));
        Block<DisagreementItem> disagreements = full.disagreements() == null ? null
                : cut(full.disagreements(), d -> dropped.contains(d.key()), labels,
                        d -> new DisagreementItem(d.key(), d.topic(), d.claims().stream()
                                .map(c -> new ClaimItem(c.value(), c.lang(), relink.apply(c.cites()))).toList()));
        Block<SourceEntry> sources = cut(full.sources(), s -> dropped.contains("s" + s.number()), labels,
                s -> new SourceEntry(s.number(), s.anchor(), s.site(), s.title(), s.language(), s.languageName(),
                        s.date(), s.url(), s.linkTitle(), s.independent(), s.independenceLabel(), s.flags().stream()
                        .map(f -> f.of() == null || keptSources.contains(f.of().number()) ? f
                                : new FlagItem(f.flag(), f.text(), new Cite(f.of().number(), null, f.of().title(), f.of().independent()),
                                        f.ofText(), f.why()))
                        .toList()));
        int omitted = meetings.omitted() + positions.omitted() + followUps.omitted() + sources.omitted()
                + (disagreements == null ? 0 : disagreements.omitted());
        return new BriefView(full.lang(), full.pageSize(), full.docTitle(), full.labels(), full.header(), meetings,
                positions, followUps, disagreements, full.singleSourceLine(), sources, omitted,
                omitted == 0 ? null : labels.format("more.total", omitted));
    }

    /** How many items {@code cuts} drops (shortened quotes do not count). */
    public static int dropped(List<Cut> cuts) {
        return (int) cuts.stream().filter(c -> c.kind() == Cut.Kind.DROP).count();
    }

    private static <T> Block<T> cut(Block<T> block, Predicate<T> drop, Labels labels, Function<T, T> keep) {
        List<T> items = new ArrayList<>();
        int omitted = block.omitted();
        for (T item : block.items()) {
            if (drop.test(item)) {
                omitted++;
            } else {
                items.add(keep.apply(item));
            }
        }
        return new Block<>(items, omitted, omitted == 0 ? null : labels.format("more.section", omitted));
    }

    private static QuoteItem shorten(QuoteItem q) {
        String text = Text.prefix(q.text(), QUOTE_KEEP);
        return new QuoteItem(text, q.lang(), q.langTag(), q.langName(), !text.equals(q.text()));
    }

    private static int statusRank(FollowUpItem f) {
        return switch (f.status()) {
            case "agreed" -> 0;
            case "planned" -> 1;
            case "under-consideration" -> 2;
            default -> 3;
        };
    }

    private static <T> List<String> keys(List<T> items, Function<T, String> key) {
        return items.stream().map(key).toList();
    }

    /** Collects cuts once each, in order. */
    private static final class Planner {
        final LinkedHashSet<Cut> cuts = new LinkedHashSet<>();
        final Set<String> gone = new HashSet<>();

        void add(Cut cut) {
            if (cut.kind() == Cut.Kind.SHORTEN && gone.contains(cut.key())) {
                return;
            }
            if (cuts.add(cut) && cut.kind() == Cut.Kind.DROP) {
                gone.add(cut.key());
            }
        }

        /** Drops the items of {@code byPriority} after the first {@code keep}, least important first. */
        void dropBeyond(List<String> byPriority, int keep) {
            for (int i = byPriority.size() - 1; i >= keep; i--) {
                add(Cut.drop(byPriority.get(i)));
            }
        }
    }
}
