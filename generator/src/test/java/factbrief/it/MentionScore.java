package factbrief.it;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Scores entity mentions against hand-made gold. Gold entities are canonical names and system entities are ids, so
 * each gold entity is first aligned one-to-one with the system entity that most often covers its mentions (exact
 * spans for the strict score, overlapping spans for the lenient one). A mention counts when the span matches and its
 * system entity is the one aligned with the gold entity. Gold role references ("the Secretary") are not names: a
 * system mention that matches no gold name and overlaps a gold role reference is neither right nor wrong in the name
 * score; role references get a recall of their own.
 */
final class MentionScore {
    /** A mention: story, code-point span, entity (canonical name for gold, id for the system), surface text. */
    record Mention(String story, int start, int end, String entity, String text) {
        boolean overlaps(Mention o) {
            return story.equals(o.story) && start < o.end && o.start < end;
        }

        boolean sameSpan(Mention o) {
            return story.equals(o.story) && start == o.start && end == o.end;
        }

        @Override
        public String toString() {
            return story.substring(0, Math.min(3, story.length())) + " " + start + "-" + end + " \"" + text + "\" "
                    + entity;
        }
    }

    /** One variant's result; {@code misses} and {@code extras} explain the numbers. */
    record Result(String variant, int truePositives, int gold, int system, int ignored, List<String> misses,
                  List<String> extras) {
        double precision() {
            return system == 0 ? 0 : truePositives / (double) system;
        }

        double recall() {
            return gold == 0 ? 0 : truePositives / (double) gold;
        }

        double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        String line() {
            return String.format(Locale.ROOT, "%-8s P %.3f  R %.3f  F1 %.3f  (%d right of %d gold names, %d system "
                    + "mentions, %d on role references left out)", variant, precision(), recall(), f1(), truePositives,
                    gold, system, ignored);
        }
    }

    private MentionScore() {
    }

    static Result score(String variant, boolean strict, List<Mention> goldNames, List<Mention> goldRoles,
                        List<Mention> system) {
        Map<String, String> aligned = align(goldNames, system, strict);
        Set<Mention> used = new HashSet<>();
        List<String> misses = new ArrayList<>();
        int tp = 0;
        for (Mention g : goldNames) {
            String want = aligned.get(g.entity());
            Mention hit = system.stream().filter(s -> !used.contains(s) && s.entity().equals(want)
                            && (strict ? s.sameSpan(g) : s.overlaps(g)))
                    .min(Comparator.comparing((Mention s) -> !s.sameSpan(g)).thenComparingInt(Mention::start))
                    .orElse(null);
            if (hit != null) {
                used.add(hit);
                tp++;
            } else {
                Mention got = system.stream().filter(s -> strict ? s.sameSpan(g) : s.overlaps(g)).findFirst()
                        .orElse(null);
                misses.add(g + (got == null ? "" : "  (system: \"" + got.text() + "\" " + got.entity() + ")"));
            }
        }
        List<String> extras = new ArrayList<>();
        int ignored = 0;
        for (Mention s : system) {
            if (used.contains(s)) {
                continue;
            }
            if (goldRoles.stream().anyMatch(r -> r.overlaps(s))) {
                ignored++;
            } else {
                extras.add(s.toString());
            }
        }
        return new Result(variant, tp, goldNames.size(), system.size() - ignored, ignored, misses, extras);
    }

    /** Role references whose span a system mention of the person's aligned entity overlaps, of all role references. */
    static double roleRecall(List<Mention> goldNames, List<Mention> goldRoles, List<Mention> system) {
        if (goldRoles.isEmpty()) {
            return 0;
        }
        Map<String, String> aligned = align(goldNames, system, false);
        long found = goldRoles.stream().filter(r -> system.stream()
                .anyMatch(s -> s.overlaps(r) && s.entity().equals(aligned.get(r.entity())))).count();
        return found / (double) goldRoles.size();
    }

    /** Gold entity to system entity, one-to-one, most shared mentions first (ties by names, for stable results). */
    static Map<String, String> align(List<Mention> gold, List<Mention> system, boolean strict) {
        Map<List<String>, Integer> counts = new HashMap<>();
        for (Mention g : gold) {
            for (Mention s : system) {
                if (strict ? s.sameSpan(g) : s.overlaps(g)) {
                    counts.merge(List.of(g.entity(), s.entity()), 1, Integer::sum);
                }
            }
        }
        List<Map.Entry<List<String>, Integer>> pairs = new ArrayList<>(counts.entrySet());
        pairs.sort(Comparator.comparingInt((Map.Entry<List<String>, Integer> e) -> -e.getValue())
                .thenComparing(e -> e.getKey().get(0)).thenComparing(e -> e.getKey().get(1)));
        Map<String, String> out = new HashMap<>();
        Set<String> taken = new HashSet<>();
        for (Map.Entry<List<String>, Integer> e : pairs) {
            String g = e.getKey().get(0);
            String s = e.getKey().get(1);
            if (!out.containsKey(g) && !taken.contains(s)) {
                out.put(g, s);
                taken.add(s);
            }
        }
        return out;
    }
}
