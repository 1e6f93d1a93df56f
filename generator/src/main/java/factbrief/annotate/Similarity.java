package factbrief.annotate;

import factbrief.model.PartialDate;

import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * How alike two stories are, in [0, 1]: a weighted sum of the IDF-weighted Jaccard overlap of their linked persons
 * and of their other linked entities and the Jaccard overlap of their numbers, scaled by how close their dates are;
 * a same-language copy (shared word shingles) counts as at least its share of copied text. Entity ids are shared
 * across languages, so the score works across languages.
 */
final class Similarity {
    static final double PERSONS = 0.6;
    static final double OTHERS = 0.3;
    static final double NUMBERS = 0.1;
    /** Date factor when both dates are known and at most {@link #NEAR_DAYS} apart. */
    static final double NEAR = 1.0;
    static final int NEAR_DAYS = 7;
    /** Date factor when a date is unknown (or only a year is known); reached linearly at {@link #FAR_DAYS}. */
    static final double UNKNOWN = 0.7;
    /**
     * Date factor beyond {@link #FAR_DAYS} (beyond a year when only years are known): below the default threshold even
     * for the same participants, so such stories join only as copies or through other stories of their group.
     */
    static final double FAR = 0.1;
    static final int FAR_DAYS = 60;
    static final int FAR_DAYS_BY_YEAR = 365;
    /** Containment of word shingles from which a pair counts as a copy. */
    static final double COPY = 0.5;
    /** Fewest shingles a text needs before containment counts (short texts share phrases by chance). */
    static final int MIN_SHINGLES = 20;

    /** The parts of one pair's score, for explanations and tests. */
    record Parts(double persons, double others, double numbers, double dateFactor, double containment) {
        double score() {
            double s = (PERSONS * persons + OTHERS * others + NUMBERS * numbers) * dateFactor;
            return containment >= COPY ? Math.max(s, containment) : s;
        }
    }

    private final Map<String, Double> idf = new HashMap<>();

    /** Entity weights from the whole pile: an entity every story names tells stories apart least. */
    Similarity(List<StoryProfile> pile) {
        Map<String, Integer> df = new HashMap<>();
        for (StoryProfile p : pile) {
            p.persons().forEach(e -> df.merge(e, 1, Integer::sum));
            p.others().forEach(e -> df.merge(e, 1, Integer::sum));
        }
        df.forEach((e, n) -> idf.put(e, Math.log((pile.size() + 1.0) / n)));
    }

    Parts parts(StoryProfile a, StoryProfile b) {
        return new Parts(weightedJaccard(a.persons(), b.persons()), weightedJaccard(a.others(), b.others()),
                jaccard(a.numbers(), b.numbers()), dateFactor(a, b), containment(a.shingles(), b.shingles()));
    }

    double score(StoryProfile a, StoryProfile b) {
        return parts(a, b).score();
    }

    private double weightedJaccard(Set<String> a, Set<String> b) {
        double shared = 0;
        double all = 0;
        for (String e : union(a, b)) {
            double w = idf.getOrDefault(e, 0.0);
            all += w;
            if (a.contains(e) && b.contains(e)) {
                shared += w;
            }
        }
        return all == 0 ? 0 : shared / all;
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> u = new TreeSet<>(a);
        u.addAll(b);
        return u;
    }

    static double jaccard(Set<String> a, Set<String> b) {
        if (a.isEmpty() && b.isEmpty()) {
            return 0;
        }
        long shared = a.stream().filter(b::contains).count();
        return shared / (double) (a.size() + b.size() - shared);
    }

    static double containment(Set<String> a, Set<String> b) {
        if (Math.min(a.size(), b.size()) < MIN_SHINGLES) {
            return 0;
        }
        Set<String> small = a.size() <= b.size() ? a : b;
        Set<String> large = small == a ? b : a;
        return small.stream().filter(large::contains).count() / (double) small.size();
    }

    static double dateFactor(StoryProfile a, StoryProfile b) {
        if (a.date() != null && b.date() != null) {
            long gap = gapDays(a.date(), b.date());
            if (gap <= NEAR_DAYS) {
                return NEAR;
            }
            if (gap <= FAR_DAYS) {
                return NEAR - (NEAR - UNKNOWN) * (gap - NEAR_DAYS) / (double) (FAR_DAYS - NEAR_DAYS);
            }
            return FAR;
        }
        PartialDate da = a.date() != null ? a.date() : a.weakDate();
        PartialDate db = b.date() != null ? b.date() : b.weakDate();
        if (da != null && db != null && gapDays(da, db) > FAR_DAYS_BY_YEAR) {
            return FAR;
        }
        return UNKNOWN;
    }

    /** Days between two partial dates taken as ranges; 0 when they overlap. */
    static long gapDays(PartialDate a, PartialDate b) {
        if (a.latest().isBefore(b.earliest())) {
            return ChronoUnit.DAYS.between(a.latest(), b.earliest());
        }
        if (b.latest().isBefore(a.earliest())) {
            return ChronoUnit.DAYS.between(b.latest(), a.earliest());
        }
        return 0;
    }
}
