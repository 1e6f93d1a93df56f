package factbrief.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The scores of one brief against its gold (or of several, micro-averaged), and the number of evidence spans whose
 * text differs from the story slice; {@code badEvidenceSpans} is -1 when no story texts were given to check them.
 */
public record EvalReport(String cluster, List<Score> scores, int badEvidenceSpans) {
    /** Cluster name used by {@link #total(List)}. */
    public static final String TOTAL = "total";

    public EvalReport {
        Objects.requireNonNull(cluster, "cluster");
        scores = List.copyOf(scores);
    }

    /** The score of one category or secondary figure, if present. */
    public Optional<Score> score(String category) {
        return scores.stream().filter(s -> s.category().equals(category)).findFirst();
    }

    /** The scored categories, without the secondary figures. */
    public List<Score> primary() {
        return scores.stream().filter(s -> !s.secondary()).toList();
    }

    /** Whether evidence spans were checked against story texts. */
    public boolean evidenceChecked() {
        return badEvidenceSpans >= 0;
    }

    /** An aligned plain-text table: one row per category (secondary figures indented), then the evidence check. */
    public String table() {
        int width = "category".length();
        for (Score s : scores) {
            width = Math.max(width, label(s).length());
        }
        StringBuilder sb = new StringBuilder();
        sb.append(cluster).append('\n');
        sb.append(String.format(Locale.ROOT, "%-" + width + "s %5s %5s %5s %6s %6s %6s\n",
                "category", "TP", "pred", "gold", "P", "R", "F1"));
        for (Score s : scores) {
            sb.append(String.format(Locale.ROOT, "%-" + width + "s %5d %5d %5d %6.3f %6.3f %6.3f\n",
                    label(s), s.truePositives(), s.predicted(), s.gold(), s.precision(), s.recall(), s.f1()));
        }
        sb.append("bad evidence spans: ")
                .append(evidenceChecked() ? String.valueOf(badEvidenceSpans) : "not checked (no story texts)")
                .append('\n');
        return sb.toString();
    }

    /** The misses and extras of every category that has any, one per line. */
    public String details() {
        StringBuilder sb = new StringBuilder();
        for (Score s : scores) {
            if (s.misses().isEmpty() && s.extras().isEmpty()) {
                continue;
            }
            sb.append(s.category()).append('\n');
            s.misses().forEach(m -> sb.append("  miss:  ").append(m).append('\n'));
            s.extras().forEach(e -> sb.append("  extra: ").append(e).append('\n'));
        }
        return sb.toString();
    }

    private static String label(Score s) {
        return s.secondary() ? "  " + s.category() : s.category();
    }

    /**
     * Micro-averages across clusters: counts are summed per category (in first-seen order) and P/R/F1 recomputed;
     * misses and extras are prefixed with their cluster. Bad spans are summed over the reports that checked them.
     */
    public static EvalReport total(List<EvalReport> reports) {
        Map<String, int[]> counts = new LinkedHashMap<>();
        Map<String, List<String>> misses = new LinkedHashMap<>();
        Map<String, List<String>> extras = new LinkedHashMap<>();
        int bad = -1;
        for (EvalReport r : reports) {
            for (Score s : r.scores()) {
                int[] c = counts.computeIfAbsent(s.category(), k -> new int[3]);
                c[0] += s.truePositives();
                c[1] += s.predicted();
                c[2] += s.gold();
                s.misses().forEach(m -> misses.computeIfAbsent(s.category(), k -> new ArrayList<>())
                        .add(r.cluster() + ": " + m));
                s.extras().forEach(e -> extras.computeIfAbsent(s.category(), k -> new ArrayList<>())
                        .add(r.cluster() + ": " + e));
            }
            if (r.evidenceChecked()) {
                bad = Math.max(bad, 0) + r.badEvidenceSpans();
            }
        }
        List<Score> scores = new ArrayList<>();
        counts.forEach((category, c) -> scores.add(Score.of(category, c[0], c[1], c[2],
                misses.getOrDefault(category, List.of()), extras.getOrDefault(category, List.of()))));
        return new EvalReport(TOTAL, scores, bad);
    }
}
