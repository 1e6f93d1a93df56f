package factbrief.annotate;

import factbrief.input.InputException;
import factbrief.model.Cluster;
import factbrief.model.Entity;
import factbrief.model.EntityType;
import factbrief.model.FactbriefException;
import factbrief.model.Mention;
import factbrief.model.PartialDate;
import factbrief.model.Story;
import factbrief.text.LanguageLayer;

import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Groups a pile of raw stories into event clusters. All stories are annotated together first, so one person or place
 * has one entity id across stories and languages; pairs of stories are then scored by {@link Similarity} (shared
 * persons, shared places and organisations, shared numbers, date proximity, copied text) and grouped by
 * average-linkage agglomerative clustering until no two groups are alike enough. Each group is then annotated on its
 * own (so its mentions and entities are its own) and named after its most-mentioned persons, places and its date.
 */
public final class Clusterer {
    /** The default similarity two groups need, on average over their story pairs, to be merged. */
    public static final double DEFAULT_THRESHOLD = 0.13;

    /** One event: a slug id, a title, its date (null when no story gives one) and its annotated cluster. */
    public record Event(String id, String title, PartialDate date, Cluster cluster) {
        public Event {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(cluster, "cluster");
        }

        public List<String> storyIds() {
            return cluster.stories().stream().map(Story::id).toList();
        }
    }

    private final Gazetteer gazetteer;
    private final LanguageLayer layer;
    private final double threshold;

    public Clusterer(Gazetteer gazetteer, LanguageLayer layer, double threshold) {
        this.gazetteer = Objects.requireNonNull(gazetteer, "gazetteer");
        this.layer = Objects.requireNonNull(layer, "layer");
        if (!(threshold >= 0 && threshold <= 1)) {
            throw new IllegalArgumentException("threshold must be in [0, 1], not " + threshold);
        }
        this.threshold = threshold;
    }

    public Clusterer(Gazetteer gazetteer, LanguageLayer layer) {
        this(gazetteer, layer, DEFAULT_THRESHOLD);
    }

    /** A fresh annotator for each run: an annotator remembers facility names between runs. */
    private Cluster annotate(String id, List<RawStory> stories) {
        return new Annotator(gazetteer, layer).annotate(id, id, stories, List.of());
    }

    /** Groups the stories into events, each annotated on its own; events ordered by date, then id. */
    public List<Event> cluster(List<RawStory> stories) {
        List<Event> events = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (List<RawStory> group : group(stories)) {
            Cluster annotated = annotate("pending", group);
            PartialDate date = eventDate(annotated);
            String id = unique(slug(annotated, date), ids);
            String title = title(annotated, date);
            events.add(new Event(id, title, date, new Cluster(id, title, annotated.week(), annotated.focus(),
                    annotated.entities(), annotated.stories())));
        }
        events.sort(Comparator.comparing(Event::date, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(Event::id));
        return List.copyOf(events);
    }

    /** The stories grouped by event, each group in input order, groups in the order of their first story. */
    public List<List<RawStory>> group(List<RawStory> stories) {
        Set<String> seen = new HashSet<>();
        for (RawStory s : stories) {
            if (!seen.add(s.id())) {
                throw new FactbriefException("story id '" + s.id() + "' is given twice; story ids must be unique "
                        + "across the inputs", InputException.EXIT);
            }
        }
        if (stories.isEmpty()) {
            return List.of();
        }
        List<StoryProfile> profiles = profiles(stories);
        Similarity similarity = new Similarity(profiles);
        int n = profiles.size();
        double[][] sim = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                sim[i][j] = similarity.score(profiles.get(i), profiles.get(j));
                sim[j][i] = sim[i][j];
            }
        }
        List<List<RawStory>> out = new ArrayList<>();
        for (List<Integer> members : averageLinkage(sim, threshold)) {
            out.add(members.stream().map(stories::get).toList());
        }
        return List.copyOf(out);
    }

    /** Profiles of the stories, annotated all together so entity ids are shared across the pile. */
    List<StoryProfile> profiles(List<RawStory> stories) {
        Cluster pile = annotate("pile", stories);
        Map<String, Entity> entities = pile.entities().stream()
                .collect(Collectors.toMap(Entity::id, Function.identity()));
        return pile.stories().stream().map(s -> StoryProfile.of(s, entities)).toList();
    }

    /**
     * Average-linkage agglomerative clustering: repeatedly merges the two groups with the highest mean pairwise
     * similarity while it reaches {@code threshold}; ties go to the earliest pair. Groups hold indices in ascending
     * order and come back ordered by their first index.
     */
    static List<List<Integer>> averageLinkage(double[][] sim, double threshold) {
        int n = sim.length;
        List<List<Integer>> groups = new ArrayList<>();
        double[][] link = new double[n][n];
        for (int i = 0; i < n; i++) {
            groups.add(new ArrayList<>(List.of(i)));
            link[i] = sim[i].clone();
        }
        boolean[] alive = new boolean[n];
        java.util.Arrays.fill(alive, true);
        while (true) {
            int bi = -1;
            int bj = -1;
            double best = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < n; i++) {
                for (int j = i + 1; j < n && alive[i]; j++) {
                    if (alive[j] && link[i][j] > best) {
                        best = link[i][j];
                        bi = i;
                        bj = j;
                    }
                }
            }
            if (bi < 0 || best < threshold) {
                break;
            }
            int si = groups.get(bi).size();
            int sj = groups.get(bj).size();
            for (int k = 0; k < n; k++) {
                if (alive[k] && k != bi && k != bj) {
                    link[bi][k] = (si * link[bi][k] + sj * link[bj][k]) / (si + sj);
                    link[k][bi] = link[bi][k];
                }
            }
            groups.get(bi).addAll(groups.get(bj));
            groups.get(bi).sort(Comparator.naturalOrder());
            alive[bj] = false;
        }
        List<List<Integer>> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (alive[i]) {
                out.add(List.copyOf(groups.get(i)));
            }
        }
        return out;
    }

    /** The lower median of the stories' dates (publication, else a month written in the text), else of their years. */
    static PartialDate eventDate(Cluster c) {
        List<PartialDate> dates = new ArrayList<>();
        List<PartialDate> years = new ArrayList<>();
        for (Story s : c.stories()) {
            PartialDate d = s.published() != null ? s.published() : StoryProfile.writtenMonth(s.text(), s.language());
            if (d != null) {
                dates.add(new PartialDate(d.year(), d.month(), 0));
            } else {
                PartialDate y = StoryProfile.latestYear(s.text());
                if (y != null) {
                    years.add(y);
                }
            }
        }
        List<PartialDate> use = dates.isEmpty() ? years : dates;
        if (use.isEmpty()) {
            return null;
        }
        use.sort(Comparator.naturalOrder());
        return use.get((use.size() - 1) / 2);
    }

    /** Entities of a type, most widely mentioned first (stories, then known roles, then mentions, then id). */
    static List<Entity> ranked(Cluster c, EntityType type) {
        Map<String, Set<String>> stories = new HashMap<>();
        Map<String, Integer> mentions = new HashMap<>();
        for (Story s : c.stories()) {
            for (Mention m : s.mentions()) {
                stories.computeIfAbsent(m.entity(), k -> new HashSet<>()).add(s.id());
                mentions.merge(m.entity(), 1, Integer::sum);
            }
        }
        return c.entities().stream().filter(e -> e.type() == type && stories.containsKey(e.id()))
                .sorted(Comparator.comparingInt((Entity e) -> -stories.get(e.id()).size())
                        .thenComparing(e -> e.roles().isEmpty())
                        .thenComparingInt(e -> -mentions.get(e.id()))
                        .thenComparing(Entity::id))
                .toList();
    }

    private static List<String> top(Cluster c, EntityType type, int n) {
        return ranked(c, type).stream().limit(n).map(Entity::name).toList();
    }

    static String slug(Cluster c, PartialDate date) {
        List<String> names = top(c, EntityType.PERSON, 2);
        if (names.isEmpty()) {
            names = top(c, EntityType.GPE, 2);
        }
        if (names.isEmpty()) {
            names = List.of(c.stories().get(0).id());
        }
        String suffix = date == null ? "" : "-" + (date.month() == 0 ? String.valueOf(date.year())
                : String.format(Locale.ROOT, "%04d-%02d", date.year(), date.month()));
        StringBuilder sb = new StringBuilder();
        for (String name : names) {
            String part = Gazetteer.slug(name);
            if (sb.length() > 0 && sb.length() + 1 + part.length() + suffix.length() > 80) {
                break;
            }
            sb.append(sb.length() > 0 ? "-" : "").append(part);
        }
        String s = sb.toString();
        if (s.length() + suffix.length() > 80) {
            s = s.substring(0, 80 - suffix.length()).replaceAll("-+$", "");
        }
        s = (s + suffix).replaceAll("^-+", "");
        return s.isEmpty() ? "event" : s;
    }

    private static String unique(String slug, Set<String> taken) {
        String s = slug;
        for (int k = 2; !taken.add(s); k++) {
            String tail = "-" + k;
            s = (slug.length() + tail.length() > 80 ? slug.substring(0, 80 - tail.length()) : slug) + tail;
        }
        return s;
    }

    /** "Ana Duvall and Jonas Kettering (Valmera, Ostrovia), March 2031". */
    static String title(Cluster c, PartialDate date) {
        List<String> persons = top(c, EntityType.PERSON, 2);
        List<String> places = top(c, EntityType.GPE, 2);
        StringBuilder sb = new StringBuilder(String.join(" and ", persons));
        if (!places.isEmpty()) {
            sb.append(sb.length() > 0 ? " (" + String.join(", ", places) + ")" : String.join(", ", places));
        }
        if (sb.length() == 0) {
            String first = c.stories().get(0).title();
            sb.append(first != null && !first.isBlank() ? first.strip() : "Stories " + c.stories().get(0).id());
        }
        if (date != null) {
            sb.append(", ");
            if (date.month() != 0) {
                sb.append(Month.of(date.month()).getDisplayName(TextStyle.FULL, Locale.ENGLISH)).append(' ');
            }
            sb.append(date.year());
        }
        return sb.toString();
    }

    /** Which story went where: story id to event id. */
    public static Map<String, String> assignment(List<Event> events) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Event e : events) {
            e.storyIds().forEach(s -> out.put(s, e.id()));
        }
        return out;
    }
}
