package factbrief.reconcile;

import factbrief.extract.Claims;
import factbrief.model.Claim;
import factbrief.model.Cluster;
import factbrief.model.Disagreement;
import factbrief.model.Entity;
import factbrief.model.Evidence;
import factbrief.model.Facts;
import factbrief.model.FollowUp;
import factbrief.model.FollowUpStatus;
import factbrief.model.Meeting;
import factbrief.model.Participant;
import factbrief.model.Position;
import factbrief.model.PositionKind;
import factbrief.model.Ref;
import factbrief.model.Source;
import factbrief.model.SourceFlag;
import factbrief.model.SourceFlagKind;
import factbrief.model.Stance;
import factbrief.model.Story;
import factbrief.text.AnalyzedStory;
import factbrief.text.Concepts;
import factbrief.text.Fold;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Merges the claims of all stories of a cluster into facts: one meeting per event with every source's evidence,
 * positions and follow-ups merged across languages, conflicting values as disagreements, and each source assessed.
 */
public final class Reconciler {
    /** Days between publication and event beyond which a story is stale. */
    static final int STALE_DAYS = 30;

    private final Cluster cluster;
    private final Map<String, String> valueNames = new HashMap<>();

    public Reconciler(Cluster cluster) {
        this.cluster = cluster;
    }

    public Facts reconcile(List<AnalyzedStory> analyzed, List<Claims> claims, LocalDate asOf) {
        Map<String, List<SourceFlag>> flags = SourceAssessor.assess(analyzed);
        Map<String, Claims> byStory = new LinkedHashMap<>();
        claims.forEach(c -> byStory.put(c.story(), c));
        Set<String> usable = new LinkedHashSet<>();
        for (AnalyzedStory a : analyzed) {
            if (!has(flags, a.story().id(), SourceFlagKind.MACHINE_GENERATED, SourceFlagKind.UNSUPPORTED_LANGUAGE)) {
                usable.add(a.story().id());
            }
        }
        LocalDate eventDate = eventDate(usable, byStory, flags);
        Set<String> offEvent = offEvent(usable, byStory, flags, eventDate);
        offEvent.addAll(electedSince(analyzed, usable));

        List<Meeting> meetings = new ArrayList<>();
        List<Group> onGroups = groups(usable.stream().filter(s -> !offEvent.contains(s)).toList(), byStory);
        for (Group g : onGroups) {
            toMeeting(g, false, flags).map(m -> m.date() == null ? datedByPublication(m, g, eventDate) : m)
                    .ifPresent(meetings::add);
        }
        for (Group g : groups(usable.stream().filter(offEvent::contains).toList(), byStory)) {
            toMeeting(g, true, flags).ifPresent(meetings::add);
        }
        List<String> onEvent = usable.stream().filter(s -> !offEvent.contains(s)).toList();
        List<Position> positions = positions(onEvent, byStory, flags);
        List<FollowUp> followUps = new ArrayList<>();
        List<List<Claims.FollowUpClaim>> fuGroups = followUpGroups(onEvent, byStory);
        Set<String> sideCountries = meetings.stream().filter(m -> !m.background())
                .flatMap(m -> m.participants().stream()).map(Participant::country).filter(Objects::nonNull)
                .collect(Collectors.toCollection(java.util.TreeSet::new));
        for (List<Claims.FollowUpClaim> g : fuGroups) {
            followUps.add(toFollowUp(g, flags, sideCountries));
        }
        List<Disagreement> disagreements = new ArrayList<>();
        disagreements.addAll(valueDisagreements(onEvent, byStory, flags));
        for (Group g : onGroups) {
            meetingDateDisagreement(g, flags).ifPresent(disagreements::add);
            disagreements.addAll(attendanceDisagreements(g, onEvent, byStory, flags));
        }
        agreementDisagreement(onEvent, byStory, fuGroups).ifPresent(disagreements::add);
        disagreements.addAll(genericAgreementDisagreements(onEvent, byStory, fuGroups, flags));

        List<Source> sources = new ArrayList<>();
        for (Story s : cluster.stories()) {
            List<SourceFlag> fs = new ArrayList<>(flags.getOrDefault(s.id(), List.of()));
            if (offEvent.contains(s.id())) {
                fs.add(new SourceFlag(SourceFlagKind.OFF_EVENT, null, offEventWhy(s, byStory, eventDate)));
            }
            if (electNote.contains(s.id()) && s.published() == null) {
                fs.add(new SourceFlag(SourceFlagKind.STALE, null, "written before the person it names took office"));
            }
            if (eventDate != null && s.published() != null && staleDays(s, eventDate) > STALE_DAYS) {
                fs.add(new SourceFlag(SourceFlagKind.STALE, null,
                        "published " + s.published() + ", " + staleDays(s, eventDate) + " days from the event ("
                                + eventDate + ")"));
            }
            fs.sort(Comparator.comparing(SourceFlag::flag));
            boolean independent = fs.stream().noneMatch(f -> f.flag() != SourceFlagKind.STALE
                    && f.flag() != SourceFlagKind.LOW_INFORMATION);
            sources.add(new Source(s.id(), s.site(), s.language(), s.published() == null ? null
                    : s.published().toString(), s.title(), s.url(), independent, fs));
        }
        meetings.sort(Comparator.comparing(Meeting::background).thenComparing(m -> -m.evidence().size()));
        return new Facts(cluster.id(), cluster.title(), asOf, sources, meetings, positions, followUps,
                disagreements);
    }

    private static boolean has(Map<String, List<SourceFlag>> flags, String story, SourceFlagKind... kinds) {
        Set<SourceFlagKind> ks = Set.of(kinds);
        return flags.getOrDefault(story, List.of()).stream().anyMatch(f -> ks.contains(f.flag()));
    }

    private static boolean isCopy(Map<String, List<SourceFlag>> flags, String story) {
        return has(flags, story, SourceFlagKind.TRANSLATION_OF, SourceFlagKind.DUPLICATE_OF);
    }

    private static long staleDays(Story s, LocalDate event) {
        if (s.published().latest().isBefore(event)) {
            return ChronoUnit.DAYS.between(s.published().latest(), event);
        }
        if (s.published().earliest().isAfter(event)) {
            return ChronoUnit.DAYS.between(event, s.published().earliest());
        }
        return 0;
    }

    // ---- the event ------------------------------------------------------------------------------------------

    /** The most-attested meeting date among independent stories, else the most common publication day. */
    private LocalDate eventDate(Set<String> usable, Map<String, Claims> byStory, Map<String, List<SourceFlag>> flags) {
        Map<LocalDate, Integer> votes = new TreeMap<>();
        for (String s : usable) {
            if (isCopy(flags, s)) {
                continue;
            }
            byStory.get(s).meetings().stream().map(Claims.MeetingClaim::date).filter(Objects::nonNull).distinct()
                    .forEach(d -> votes.merge(d, 2, Integer::sum));
        }
        for (Story s : cluster.stories()) {
            if (usable.contains(s.id()) && s.published() != null && s.published().isFullDate()) {
                votes.merge(s.published().toLocalDate().orElseThrow(), 1, Integer::sum);
            }
        }
        // publication dates a day or two after a meeting vote for it too
        Map<LocalDate, Integer> smoothed = new TreeMap<>();
        votes.forEach((d, v) -> {
            int sum = 0;
            for (Map.Entry<LocalDate, Integer> o : votes.entrySet()) {
                long gap = ChronoUnit.DAYS.between(d, o.getKey());
                if (gap >= 0 && gap <= 2) {
                    sum += o.getValue();
                }
            }
            smoothed.put(d, sum * 100 + v);
        });
        return smoothed.entrySet().stream().max(Map.Entry.<LocalDate, Integer>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder()))).map(Map.Entry::getKey)
                .orElse(null);
    }

    /** Stories about another meeting: published long before the event, or whose meetings are dated far from it. */
    private Set<String> offEvent(Set<String> usable, Map<String, Claims> byStory,
                                 Map<String, List<SourceFlag>> flags, LocalDate event) {
        Set<String> out = new LinkedHashSet<>();
        if (event == null) {
            return out;
        }
        for (Story s : cluster.stories()) {
            if (!usable.contains(s.id())) {
                continue;
            }
            boolean before = s.published() != null && s.published().latest().isBefore(event.minusDays(STALE_DAYS));
            boolean farAfter = s.published() != null && s.published().earliest().isAfter(event.plusYears(1));
            List<LocalDate> dates = byStory.get(s.id()).meetings().stream().map(Claims.MeetingClaim::date)
                    .filter(Objects::nonNull).toList();
            boolean datedElsewhere = !dates.isEmpty() && dates.stream()
                    .allMatch(d -> Math.abs(ChronoUnit.DAYS.between(d, event)) > STALE_DAYS);
            if (before || farAfter || datedElsewhere) {
                out.add(s.id());
            }
        }
        return out;
    }

    /** Stories that call someone "president-elect" whom the cluster knows as president: written before the event. */
    private Set<String> electedSince(List<AnalyzedStory> analyzed, Set<String> usable) {
        Set<String> out = new LinkedHashSet<>();
        for (AnalyzedStory a : analyzed) {
            if (!usable.contains(a.story().id()) || a.lexicon() == null) {
                continue;
            }
            boolean elect = a.sentences().stream().anyMatch(s -> a.lexicon().has(s.tokens(), "elect"));
            if (!elect) {
                continue;
            }
            boolean holdsOffice = a.story().mentions().stream().map(m -> cluster.entity(m.entity()).orElse(null))
                    .filter(Objects::nonNull)
                    .anyMatch(e -> e.type() == factbrief.model.EntityType.PERSON && e.roles().stream()
                            .anyMatch(r -> r.equals("President") || r.equals("Prime Minister")));
            if (holdsOffice) {
                out.add(a.story().id());
                electNote.add(a.story().id());
            }
        }
        return out;
    }

    private final Set<String> electNote = new HashSet<>();

    private String offEventWhy(Story s, Map<String, Claims> byStory, LocalDate event) {
        if (electNote.contains(s.id())) {
            return "calls a sitting president of the cluster 'president-elect': written before the event";
        }
        Set<String> people = new java.util.TreeSet<>();
        byStory.get(s.id()).meetings().forEach(m -> m.participants().forEach(p -> people.add(name(p))));
        return "about another meeting" + (people.isEmpty() ? "" : " (" + String.join(", ", people) + ")")
                + (s.published() != null ? ", published " + s.published() : "") + "; the event is dated " + event;
    }

    // ---- meetings -------------------------------------------------------------------------------------------

    /** Meeting claims joined when they share two people, or one when one side names a single person. */
    private record Group(List<Claims.MeetingClaim> claims, List<String> stories) {
    }

    private List<Group> groups(List<String> stories, Map<String, Claims> byStory) {
        List<Claims.MeetingClaim> all = new ArrayList<>();
        List<String> owner = new ArrayList<>();
        for (String s : stories) {
            for (Claims.MeetingClaim m : byStory.get(s).meetings()) {
                all.add(m);
                owner.add(s);
            }
        }
        int[] parent = new int[all.size()];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        for (int i = 0; i < all.size(); i++) {
            for (int j = i + 1; j < all.size(); j++) {
                Set<String> a = people(all.get(i));
                Set<String> b = people(all.get(j));
                Set<String> common = new HashSet<>(a);
                common.retainAll(b);
                boolean join = common.size() >= 2 || common.size() == 1 && a.size() == 1 && b.size() == 1;
                if (join) {
                    parent[find(parent, i)] = find(parent, j);
                }
            }
        }
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).participants().size() != 1) {
                continue;
            }
            String who = all.get(i).participants().get(0);
            Set<Integer> homes = new HashSet<>();
            for (int j = 0; j < all.size(); j++) {
                if (people(all.get(j)).size() >= 2 && people(all.get(j)).contains(who)) {
                    homes.add(find(parent, j));
                }
            }
            if (homes.size() == 1) {
                parent[find(parent, i)] = homes.iterator().next();
            }
        }
        for (int i = 0; i < all.size(); i++) {
            if (!all.get(i).participants().isEmpty()) {
                continue;
            }
            int best = -1;
            for (int j = 0; j < all.size(); j++) {
                if (j != i && owner.get(j).equals(owner.get(i)) && !all.get(j).participants().isEmpty()
                        && (best < 0 || all.get(j).participants().size() > all.get(best).participants().size())) {
                    best = j;
                }
            }
            if (best >= 0) {
                parent[find(parent, i)] = find(parent, best);
            }
        }
        Map<Integer, Group> groups = new LinkedHashMap<>();
        for (int i = 0; i < all.size(); i++) {
            Group g = groups.computeIfAbsent(find(parent, i), k -> new Group(new ArrayList<>(), new ArrayList<>()));
            g.claims().add(all.get(i));
            if (!g.stories().contains(owner.get(i))) {
                g.stories().add(owner.get(i));
            }
        }
        return new ArrayList<>(groups.values());
    }

    private static Set<String> people(Claims.MeetingClaim m) {
        Set<String> s = new LinkedHashSet<>(m.participants());
        s.addAll(m.alsoPresent());
        return s;
    }

    private static int find(int[] p, int i) {
        while (p[i] != i) {
            p[i] = p[p[i]];
            i = p[i];
        }
        return i;
    }

    private java.util.Optional<Meeting> toMeeting(Group g, boolean background, Map<String, List<SourceFlag>> flags) {
        Map<String, Integer> participants = new LinkedHashMap<>();
        Set<String> also = new LinkedHashSet<>();
        Map<String, Integer> places = new LinkedHashMap<>();
        Map<LocalDate, Integer> dates = new TreeMap<>();
        List<Evidence> evidence = new ArrayList<>();
        Set<String> votedByPublication = new HashSet<>();
        for (int k = 0; k < g.claims().size(); k++) {
            Claims.MeetingClaim c = g.claims().get(k);
            // an undated report in a story published on a given day speaks of that day (one vote per story)
            String sid = c.evidence().story();
            Story st = cluster.story(sid).orElse(null);
            if (c.date() == null && !background && st != null && st.published() != null
                    && st.published().isFullDate() && votedByPublication.add(sid)) {
                dates.merge(st.published().toLocalDate().orElseThrow(), 1, Integer::sum);
            }
        }
        for (Claims.MeetingClaim c : g.claims()) {
            c.participants().forEach(p -> participants.merge(p, 1, Integer::sum));
            also.addAll(c.alsoPresent());
            c.places().forEach(p -> places.merge(p, 1, Integer::sum));
            if (c.date() != null) {
                dates.merge(c.date(), c.relativeDate() == null ? 2 : 1, Integer::sum);
            }
            if (!evidence.contains(c.evidence())) {
                evidence.add(c.evidence());
            }
        }
        also.removeAll(participants.keySet());
        if (participants.size() < 2) { // a meeting needs two sides named as taking part
            return java.util.Optional.empty();
        }
        List<Participant> ps = participants.keySet().stream().map(this::participant).toList();
        List<Participant> as = also.stream().map(this::participant).toList();
        String place = placeOf(places);
        String date = dates.entrySet().stream().max(Map.Entry.comparingByValue()).map(e -> e.getKey().toString())
                .orElse(null);
        return java.util.Optional.of(new Meeting(ps, as, place, date, background, evidence));
    }

    /** An undated meeting of the event, reported only by stories published on the event day or the next: that day. */
    private Meeting datedByPublication(Meeting m, Group g, LocalDate eventDate) {
        if (eventDate == null) {
            return m;
        }
        boolean anyDated = false;
        for (String sid : g.stories()) {
            Story s = cluster.story(sid).orElseThrow();
            if (s.published() == null || !s.published().isFullDate()) {
                continue;
            }
            long gap = ChronoUnit.DAYS.between(eventDate, s.published().toLocalDate().orElseThrow());
            if (gap < 0 || gap > 1) {
                return m;
            }
            anyDated = true;
        }
        return anyDated ? new Meeting(m.participants(), m.alsoPresent(), m.place(), eventDate.toString(), false,
                m.evidence()) : m;
    }

    private String placeOf(Map<String, Integer> places) {
        List<String> facilities = new ArrayList<>();
        List<String> cities = new ArrayList<>();
        places.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .forEach(e -> cluster.entity(e.getKey()).ifPresent(en -> {
                    if (en.type() == factbrief.model.EntityType.FACILITY) {
                        facilities.add(en.name());
                    } else {
                        cities.add(en.name());
                    }
                }));
        List<String> parts = new ArrayList<>();
        if (!facilities.isEmpty()) {
            parts.add(facilities.get(0));
        }
        if (!cities.isEmpty()) {
            parts.add(cities.get(0));
        }
        return parts.isEmpty() ? null : String.join(", ", parts);
    }

    private Participant participant(String entityId) {
        Entity e = cluster.entity(entityId).orElse(null);
        if (e == null) {
            return new Participant(entityId, null, null, entityId);
        }
        return new Participant(e.name(), e.roles().isEmpty() ? null : e.roles().get(0), e.country(), e.id());
    }

    private String name(String entityId) {
        return cluster.entity(entityId).map(Entity::name).orElse(entityId);
    }

    // ---- positions ------------------------------------------------------------------------------------------

    private List<Position> positions(List<String> stories, Map<String, Claims> byStory,
                                     Map<String, List<SourceFlag>> flags) {
        Map<String, List<Claims.PositionClaim>> groups = new LinkedHashMap<>();
        // a one-sentence framing of a target an official spoke about is left out; a framing paragraph stays
        Set<String> statedTargets = new HashSet<>();
        stories.forEach(s -> byStory.get(s).positions().stream().filter(p -> p.kind() == PositionKind.STATEMENT)
                .forEach(p -> statedTargets.add(p.targetEntity())));
        for (String s : stories) {
            for (Claims.PositionClaim p : byStory.get(s).positions()) {
                if (p.kind() == PositionKind.FRAMING && !p.paragraph() && statedTargets.contains(p.targetEntity())) {
                    continue;
                }
                String holderKey = p.kind() == PositionKind.FRAMING ? "framing:" + siteOf(originalOf(s, flags))
                        : p.partnerEntity() == null ? p.holderEntity()
                        : String.join("+", new TreeSet<>(List.of(p.holderEntity(), p.partnerEntity())));
                String targetKey = p.targetEntity() != null ? p.targetEntity() : "name:" + p.targetName();
                groups.computeIfAbsent(holderKey + "|" + targetKey, k -> new ArrayList<>()).add(p);
            }
        }
        List<Position> out = new ArrayList<>();
        for (List<Claims.PositionClaim> g : groups.values()) {
            Claims.PositionClaim first = g.stream().filter(p -> !isCopy(flags, p.evidence().story())).findFirst()
                    .orElse(g.get(0));
            // an original's quote before a copy's, a statement ("...", four words or more) before a fragment
            Claims.PositionClaim quoted = g.stream().filter(p -> p.quote() != null)
                    .min(Comparator.comparing((Claims.PositionClaim p) -> isCopy(flags, p.evidence().story()))
                            .thenComparing(p -> p.quote().strip().split("\\s+").length < 4))
                    .orElse(null);
            Map<Stance, Long> votes = g.stream().collect(Collectors.groupingBy(Claims.PositionClaim::stance,
                    TreeMap::new, Collectors.counting()));
            Stance stance = votes.entrySet().stream()
                    .filter(e -> e.getKey() != Stance.NEUTRAL || votes.size() == 1)
                    .max(Map.Entry.<Stance, Long>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                    .map(Map.Entry::getKey).orElse(Stance.NEUTRAL);
            long pos = votes.getOrDefault(Stance.POSITIVE, 0L);
            long neg = votes.getOrDefault(Stance.NEGATIVE, 0L);
            if (pos > 0 && neg > 0) {
                // sentences on both sides: mixed, unless one side has twice the other's
                stance = pos >= 2 * neg ? Stance.POSITIVE : neg >= 2 * pos ? Stance.NEGATIVE : Stance.MIXED;
            }
            Ref holder = first.kind() == PositionKind.FRAMING
                    ? new Ref(siteOf(originalOf(first.evidence().story(), flags)), null)
                    : new Ref(first.holderName(), first.partnerEntity() == null ? first.holderEntity() : null);
            Ref target = first.targetEntity() == null ? new Ref(first.targetName(), null)
                    : new Ref(name(first.targetEntity()), first.targetEntity());
            List<Evidence> ev = g.stream().map(Claims.PositionClaim::evidence).distinct().toList();
            out.add(new Position(holder, target, first.kind(), stance, summary(first.evidence().text()),
                    quoted == null ? null : quoted.quote(), quoted == null ? null : quoted.language(), ev));
        }
        // A site's framing is one item on all the targets it frames, those no official spoke about first.
        Set<String> stated = out.stream().filter(p -> p.kind() == PositionKind.STATEMENT)
                .map(p -> p.target().entity()).collect(Collectors.toSet());
        Map<String, List<Position>> framings = new LinkedHashMap<>();
        out.stream().filter(p -> p.kind() == PositionKind.FRAMING)
                .forEach(p -> framings.computeIfAbsent(p.holder().name(), k -> new ArrayList<>()).add(p));
        out.removeIf(p -> p.kind() == PositionKind.FRAMING);
        for (List<Position> fs : framings.values()) {
            List<Position> ordered = fs.stream().sorted(Comparator.comparing((Position p) ->
                    stated.contains(p.target().entity()))).toList();
            Position first = ordered.get(0);
            String targets = ordered.stream().map(p -> p.target().name()).distinct().collect(Collectors.joining(" / "));
            List<Evidence> ev = ordered.stream().flatMap(p -> p.evidence().stream()).distinct()
                    .sorted(Comparator.comparing(Evidence::story).thenComparingInt(Evidence::start)).toList();
            out.add(new Position(first.holder(), new Ref(targets, first.target().entity()), PositionKind.FRAMING,
                    first.stance(), first.summary(), first.quote(), first.quoteLanguage(), ev));
        }
        out.sort(Comparator.comparing((Position p) -> p.kind()).thenComparing(p -> -p.evidence().size()));
        return out;
    }

    private String originalOf(String story, Map<String, List<SourceFlag>> flags) {
        return flags.getOrDefault(story, List.of()).stream()
                .filter(f -> f.flag() == SourceFlagKind.TRANSLATION_OF || f.flag() == SourceFlagKind.DUPLICATE_OF)
                .map(SourceFlag::of).findFirst().orElse(story);
    }

    private String siteOf(String story) {
        return cluster.story(story).map(Story::sourceName).orElse(story);
    }

    private static String summary(String sentence) {
        String s = sentence.strip();
        return s.length() <= 280 ? s : s.substring(0, s.lastIndexOf(' ', 277)) + " …";
    }

    // ---- follow-ups -----------------------------------------------------------------------------------------

    private List<List<Claims.FollowUpClaim>> followUpGroups(List<String> stories, Map<String, Claims> byStory) {
        List<List<Claims.FollowUpClaim>> groups = new ArrayList<>();
        KeyWeights weights = KeyWeights.of(stories, byStory);
        for (String s : stories) {
            for (Claims.FollowUpClaim f : byStory.get(s).followUps()) {
                List<Claims.FollowUpClaim> home = null;
                boolean generic = f.concepts().isEmpty() && !f.keys().isEmpty();
                if (generic) {
                    home = bestGenericGroup(groups, f, s, weights);
                }
                for (List<Claims.FollowUpClaim> g : home != null || generic ? List.<List<Claims.FollowUpClaim>>of()
                        : groups) {
                    Claims.FollowUpClaim h = g.get(0);
                    Set<String> common = new HashSet<>(h.concepts());
                    common.retainAll(f.concepts());
                    boolean sameStory = g.stream().anyMatch(x -> x.evidence().story().equals(s));
                    Set<String> sharedParties = new HashSet<>(h.parties());
                    sharedParties.retainAll(f.parties());
                    sharedParties.removeIf(id -> cluster.entity(id).map(e -> e.type()
                            == factbrief.model.EntityType.GPE).orElse(true));
                    boolean sameAction = h.concepts().isEmpty() ? !sharedParties.isEmpty() : !common.isEmpty();
                    // a story that names the same concept twice with the same status tells one action twice
                    boolean retold = sameStory && !f.concepts().isEmpty();
                    if (h.status() == f.status() && sameAction && (!sameStory || retold)
                            && h.concepts().equals(f.concepts())) {
                        home = g;
                        break;
                    }
                }
                if (home == null) {
                    home = new ArrayList<>();
                    groups.add(home);
                }
                home.add(f);
            }
        }
        groups.sort(Comparator.comparing((List<Claims.FollowUpClaim> g) -> g.get(0).status())
                .thenComparing(g -> -g.size()));
        return groups;
    }

    /** Inverse document frequencies of follow-up keys over a cluster's claims: a key most actions share says little. */
    private record KeyWeights(Map<String, Integer> df, int n) {
        static KeyWeights of(List<String> stories, Map<String, Claims> byStory) {
            Map<String, Integer> df = new HashMap<>();
            int n = 0;
            for (String s : stories) {
                for (Claims.FollowUpClaim f : byStory.get(s).followUps()) {
                    n++;
                    f.keys().forEach(k -> df.merge(k, 1, Integer::sum));
                }
            }
            return new KeyWeights(df, n);
        }

        double of(String key) {
            return Math.log((n + 1.0) / df.getOrDefault(key, 1));
        }

        double sum(Set<String> keys) {
            return keys.stream().mapToDouble(this::of).sum();
        }
    }

    /**
     * The group a follow-up no concept names belongs to: one story telling the same act twice with the same verb
     * ("signed three memoranda ... signed the documents"), else the group of the same status whose action, told in
     * another story in any language, is most alike: their keys (entities, numbers, cognates such as cooperation =
     * cooperación = Kooperation) share two or more, a cognate among them, carrying at least a sixth of the lighter
     * set's weight. Null: a group of its own.
     */
    private static List<Claims.FollowUpClaim> bestGenericGroup(List<List<Claims.FollowUpClaim>> groups,
                                                               Claims.FollowUpClaim f, String story, KeyWeights w) {
        List<Claims.FollowUpClaim> best = null;
        double bestScore = 0;
        for (List<Claims.FollowUpClaim> g : groups) {
            Claims.FollowUpClaim h = g.get(0);
            if (h.status() != f.status() || !h.concepts().isEmpty() || h.keys().isEmpty()) {
                continue;
            }
            if (g.stream().anyMatch(x -> x.evidence().story().equals(story))) {
                if (g.stream().anyMatch(x -> x.evidence().story().equals(story)
                        && firstWord(x.action()).equals(firstWord(f.action())))) {
                    return g;
                }
                continue;
            }
            for (Claims.FollowUpClaim x : g) {
                double score = likeness(f.keys(), x.keys(), w);
                if (score >= MIN_ACTION_LIKENESS && score > bestScore) {
                    bestScore = score;
                    best = g;
                }
            }
        }
        return best;
    }

    private static final double MIN_ACTION_LIKENESS = 1.0 / 6;

    private static String firstWord(String action) {
        String[] w = Fold.fold(action).split("[^\\p{L}]+", 2);
        return w.length == 0 ? "" : w[0];
    }

    private FollowUp toFollowUp(List<Claims.FollowUpClaim> g, Map<String, List<SourceFlag>> flags,
                                Set<String> sideCountries) {
        Claims.FollowUpClaim first = g.stream().filter(f -> !isCopy(flags, f.evidence().story())).findFirst()
                .orElse(g.get(0));
        Set<String> parties = new LinkedHashSet<>();
        g.forEach(f -> f.parties().forEach(p -> parties.add(name(p))));
        if (parties.size() < 2) {
            parties.addAll(sideCountries);
        }
        String labels = first.concepts().stream().map(Concepts.shared()::label).collect(Collectors.joining(", "));
        String clause = first.action().length() > 200
                ? first.action().substring(0, first.action().lastIndexOf(' ', 197)) + " …" : first.action();
        String action = labels.isEmpty() ? clause : labels + ": " + clause;
        return new FollowUp(action, first.status(), List.copyOf(parties),
                g.stream().map(Claims.FollowUpClaim::evidence).distinct().toList());
    }

    // ---- disagreements --------------------------------------------------------------------------------------

    private List<Disagreement> valueDisagreements(List<String> stories, Map<String, Claims> byStory,
                                                  Map<String, List<SourceFlag>> flags) {
        Map<String, Map<String, List<Evidence>>> byTopic = new TreeMap<>();
        for (String s : stories) {
            Map<String, Set<String>> countsHere = new HashMap<>();
            byStory.get(s).values().stream().filter(v -> v.topic().startsWith("count:"))
                    .forEach(v -> countsHere.computeIfAbsent(v.topic(), k -> new HashSet<>()).add(v.value()));
            for (Claims.ValueClaim v : byStory.get(s).values()) {
                if (v.topic().equals("absent")) {
                    continue; // compared with the meetings, not with other values
                }
                if (countsHere.getOrDefault(v.topic(), Set.of()).size() > 1) {
                    continue; // "three now and two more next year": no one count to compare
                }
                Map<String, List<Evidence>> values = byTopic.computeIfAbsent(v.topic(), k -> new LinkedHashMap<>());
                String key = Fold.fold(v.value());
                for (String known : values.keySet()) {
                    if (sameName(known, key)) {
                        key = known;
                        break;
                    }
                }
                valueNames.putIfAbsent(v.topic() + "|" + key, v.value());
                values.computeIfAbsent(key, k -> new ArrayList<>()).add(v.evidence());
            }
        }
        foldApproximateValues(byTopic, byStory);
        List<Disagreement> out = new ArrayList<>();
        byTopic.forEach((topic, values) -> {
            if (values.size() < 2) {
                return;
            }
            Set<String> independent = new HashSet<>();
            values.values().forEach(evs -> evs.forEach(e -> {
                if (!isCopy(flags, e.story())) {
                    independent.add(e.story());
                }
            }));
            if (independent.size() < 2) {
                return;
            }
            List<Claim> cs = new ArrayList<>();
            values.forEach((v, evs) -> cs.add(new Claim(displayValue(topic, v, evs), evs)));
            out.add(new Disagreement(topic.startsWith("count:") ? countLabel(values) : topicLabel(topic), cs));
        });
        return out;
    }

    /**
     * An approximate amount ("about USD 300 million", "rund 2 Milliarden") does not contradict an exact one within a
     * tenth of it: its evidence joins the nearest such exact value.
     */
    private static void foldApproximateValues(Map<String, Map<String, List<Evidence>>> byTopic,
                                              Map<String, Claims> byStory) {
        Map<String, Double> numbers = new HashMap<>();
        byStory.values().forEach(c -> c.values().forEach(v -> numbers.put(v.topic() + "|" + Fold.fold(v.value()),
                v.number())));
        byTopic.forEach((topic, values) -> {
            for (String key : new ArrayList<>(values.keySet())) {
                Double n = numbers.get(topic + "|" + key);
                if (!key.startsWith("about ") || n == null || n <= 0) {
                    continue;
                }
                String nearest = null;
                double best = 0.1;
                for (String other : values.keySet()) {
                    Double m = numbers.get(topic + "|" + other);
                    if (!other.startsWith("about ") && m != null && m > 0 && Math.abs(m - n) / m <= best) {
                        best = Math.abs(m - n) / m;
                        nearest = other;
                    }
                }
                if (nearest != null) {
                    values.get(nearest).addAll(values.remove(key));
                }
            }
        });
    }

    /**
     * One meeting told with different days ("on Tuesday, 16 March" here, "mercredi 17 mars" there): each day with
     * the stories that give it, when independent stories disagree. Days resolved from a weekday or "today" count
     * like explicit dates: a weekday that lands on another day is the disagreement.
     */
    private java.util.Optional<Disagreement> meetingDateDisagreement(Group g, Map<String, List<SourceFlag>> flags) {
        Map<LocalDate, List<Evidence>> byDate = new TreeMap<>();
        Map<LocalDate, Set<String>> storiesByDate = new TreeMap<>();
        for (Claims.MeetingClaim c : g.claims()) {
            if (c.date() == null || c.participants().size() < 2) {
                continue;
            }
            byDate.computeIfAbsent(c.date(), k -> new ArrayList<>()).add(c.evidence());
            storiesByDate.computeIfAbsent(c.date(), k -> new HashSet<>()).add(c.evidence().story());
        }
        // a story that gives two days for one meeting does not take sides
        Map<String, Integer> daysPerStory = new HashMap<>();
        storiesByDate.values().forEach(ss -> ss.forEach(x -> daysPerStory.merge(x, 1, Integer::sum)));
        Map<LocalDate, List<Evidence>> sides = new TreeMap<>();
        byDate.forEach((d, evs) -> {
            List<Evidence> kept = evs.stream().filter(e -> daysPerStory.get(e.story()) == 1).toList();
            if (kept.stream().anyMatch(e -> !isCopy(flags, e.story()))) {
                sides.put(d, kept);
            }
        });
        if (sides.size() < 2) {
            return java.util.Optional.empty();
        }
        List<Claim> cs = new ArrayList<>();
        sides.forEach((d, evs) -> cs.add(new Claim(d.toString(), evs)));
        return java.util.Optional.of(new Disagreement("Date of the meeting", cs));
    }

    /**
     * Someone the meeting's other stories place there, said by a story not to have taken part: both sides with
     * their stories.
     */
    private List<Disagreement> attendanceDisagreements(Group g, List<String> stories, Map<String, Claims> byStory,
                                                       Map<String, List<SourceFlag>> flags) {
        List<Disagreement> out = new ArrayList<>();
        Map<String, List<Evidence>> absentBy = new LinkedHashMap<>();
        for (String s : stories) {
            byStory.get(s).values().stream().filter(v -> v.topic().equals("absent"))
                    .forEach(v -> absentBy.computeIfAbsent(v.value(), k -> new ArrayList<>()).add(v.evidence()));
        }
        absentBy.forEach((person, no) -> {
            Set<String> noStories = no.stream().map(Evidence::story).collect(Collectors.toSet());
            List<Evidence> yes = g.claims().stream().filter(c -> people(c).contains(person)
                    && !noStories.contains(c.evidence().story())).map(Claims.MeetingClaim::evidence).distinct()
                    .toList();
            if (yes.stream().anyMatch(e -> !isCopy(flags, e.story()))
                    && no.stream().anyMatch(e -> !isCopy(flags, e.story()))) {
                out.add(new Disagreement("Whether " + name(person) + " took part",
                        List.of(new Claim("took part", yes), new Claim("did not take part", no))));
            }
        });
        return out;
    }

    /** "Number of helicopters": the counted noun as the first story wrote it. */
    private static String countLabel(Map<String, List<Evidence>> values) {
        String text = values.values().iterator().next().get(0).text().strip();
        String[] w = text.split("\\s+");
        return "Number of " + w[w.length - 1];
    }

    /** "Oceanic Freight Ports" and "Oceanic Freight Ports Limited" name the same organisation. */
    private static boolean sameName(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        if (a.matches(".*\\d.*") || b.matches(".*\\d.*")) {
            return false;   // amounts: "USD 3.5 billion" is not "USD 5 billion" (approximations: foldApproximateValues)
        }
        Set<String> x = new HashSet<>(List.of(a.split("[^\\p{L}\\p{N}]+")));
        Set<String> y = new HashSet<>(List.of(b.split("[^\\p{L}\\p{N}]+")));
        if (x.size() < 2 || y.size() < 2) {
            return false;
        }
        return x.containsAll(y) || y.containsAll(x);
    }

    private String displayValue(String topic, String folded, List<Evidence> evs) {
        if (topic.equals("administration")) {
            return capitalize(folded) + " administration";
        }
        return valueNames.getOrDefault(topic + "|" + folded, folded);
    }

    private static String capitalize(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static String topicLabel(String topic) {
        return switch (topic) {
            case "administration" -> "Which administration";
            case "investment" -> "Investment";
            case "initial investment" -> "Initial investment";
            default -> Character.toUpperCase(topic.charAt(0)) + topic.substring(1);
        };
    }

    /**
     * An action no concept names, agreed in some stories, only under consideration or proposed in others, or told
     * there as not signed ("no agreement was signed on ..."): matched by the action's keys, as follow-ups are merged.
     */
    private List<Disagreement> genericAgreementDisagreements(List<String> stories, Map<String, Claims> byStory,
                                                             List<List<Claims.FollowUpClaim>> groups,
                                                             Map<String, List<SourceFlag>> flags) {
        KeyWeights w = KeyWeights.of(stories, byStory);
        List<Disagreement> out = new ArrayList<>();
        for (List<Claims.FollowUpClaim> g : groups) {
            Claims.FollowUpClaim head = g.get(0);
            if (head.status() != FollowUpStatus.AGREED || !head.concepts().isEmpty() || head.keys().isEmpty()) {
                continue;
            }
            Set<String> keys = new HashSet<>();
            Set<String> own = new HashSet<>();
            g.forEach(f -> {
                keys.addAll(f.keys());
                own.add(f.evidence().story());
            });
            List<Evidence> not = new ArrayList<>();
            for (String s : stories) {
                if (own.contains(s)) {
                    continue;
                }
                for (Claims.FollowUpClaim f : byStory.get(s).followUps()) {
                    boolean weaker = f.status() == FollowUpStatus.UNDER_CONSIDERATION
                            || f.status() == FollowUpStatus.PROPOSED;
                    if (weaker && f.concepts().isEmpty() && alike(keys, f.keys(), w)) {
                        not.add(f.evidence());
                    }
                }
                for (Evidence e : byStory.get(s).negatedAgreements()) {
                    Set<String> told = textKeys(e.text());
                    told.retainAll(keys);
                    if (told.size() >= 3 && alike(keys, textKeys(e.text()), w)) { // a whole sentence: more proof
                        not.add(e);
                    }
                }
            }
            boolean independentNo = not.stream().anyMatch(e -> !isCopy(flags, e.story()));
            if (!not.isEmpty() && independentNo) {
                List<Evidence> agreed = g.stream().map(Claims.FollowUpClaim::evidence).distinct().toList();
                out.add(new Disagreement("Whether agreements were reached", List.of(new Claim("agreed", agreed),
                        new Claim("no agreement announced, or only under consideration", not.stream().distinct()
                                .toList()))));
            }
        }
        return out;
    }

    private static boolean alike(Set<String> a, Set<String> b, KeyWeights w) {
        return likeness(a, b, w) >= MIN_ACTION_LIKENESS;
    }

    /**
     * How alike two actions' keys are: the weight of the shared keys over the lighter set's, when they share two or
     * more and a cognate among them (names and numbers alone do not make the same action); else 0.
     */
    private static double likeness(Set<String> a, Set<String> b, KeyWeights w) {
        Set<String> common = new HashSet<>(a);
        common.retainAll(b);
        boolean cognate = common.stream().anyMatch(k -> !k.startsWith("@") && !k.startsWith("#"));
        return cognate && common.size() >= 2 ? w.sum(common) / Math.min(w.sum(a), w.sum(b)) : 0;
    }

    /** Cognate keys and numbers of a text (entities are not known here). */
    private static Set<String> textKeys(String text) {
        Set<String> out = new HashSet<>();
        for (String word : Fold.fold(text).split("[^\\p{L}\\p{N}]+")) {
            if (word.isEmpty()) {
                continue;
            }
            if (Character.isDigit(word.charAt(0))) {
                out.add("#" + word);
            } else {
                String k = factbrief.text.Cognates.key(word);
                if (k != null) {
                    out.add(k);
                }
            }
        }
        return out;
    }

    /** Agreed in some stories; not agreed, or only under consideration, in others. */
    private java.util.Optional<Disagreement> agreementDisagreement(List<String> stories, Map<String, Claims> byStory,
                                                                   List<List<Claims.FollowUpClaim>> groups) {
        List<Evidence> agreed = new ArrayList<>();
        Set<String> agreedConcepts = new HashSet<>();
        Set<String> agreedStories = new HashSet<>();
        for (List<Claims.FollowUpClaim> g : groups) {
            for (Claims.FollowUpClaim f : g) {
                if (f.status() == FollowUpStatus.AGREED && !f.concepts().isEmpty()) {
                    agreed.add(f.evidence());
                    agreedConcepts.addAll(f.concepts());
                    agreedStories.add(f.evidence().story());
                }
            }
        }
        List<Evidence> not = new ArrayList<>();
        for (String s : stories) {
            if (agreedStories.contains(s)) {
                continue;
            }
            not.addAll(byStory.get(s).negatedAgreements());
            for (Claims.FollowUpClaim f : byStory.get(s).followUps()) {
                if (f.status() == FollowUpStatus.UNDER_CONSIDERATION
                        && f.concepts().stream().anyMatch(agreedConcepts::contains)) {
                    not.add(f.evidence());
                }
            }
        }
        if (agreed.isEmpty() || not.isEmpty()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new Disagreement("Whether agreements were reached",
                List.of(new Claim("agreed", agreed), new Claim("no agreement announced, or only under consideration",
                        not))));
    }

}
