package factbrief.extract;

import factbrief.model.Cluster;
import factbrief.model.Entity;
import factbrief.model.EntityType;
import factbrief.model.Mention;
import factbrief.text.AnalyzedStory;
import factbrief.text.Lexicon;
import factbrief.text.Sentence;
import factbrief.text.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Distances ("78 km north of Lima") and invested amounts ("US$ 1.300 millones") as comparable slot values. */
final class Numbers {
    private Numbers() {
    }

    static List<Claims.ValueClaim> find(AnalyzedStory a, Sentence s, List<Mention> ms, Cluster cluster) {
        List<Claims.ValueClaim> out = new ArrayList<>();
        Lexicon lex = a.lexicon();
        List<Token> ts = s.tokens();
        Map<String, Double> units = lex.table("units");
        Map<String, Double> scale = lex.table("scale");
        Map<String, Double> currency = lex.table("currency");
        Map<String, Double> words = lex.table("numberWords");
        boolean invest = lex.has(ts, "investment");
        out.addAll(ownership(a, s, ms, cluster));
        interestRate(a, s).ifPresent(out::add);
        operationsStart(a, s).ifPresent(out::add);
        int skipUntil = -1;
        for (int i = 0; i < ts.size(); i++) {
            Double n = number(ts.get(i).text(), a.language(), words);
            if (n == null || i < skipUntil) {
                continue;
            }
            // distance: <n> <km> <direction> ... <GPE>
            if (i + 1 < ts.size() && units.containsKey(ts.get(i + 1).folded())) {
                Mention place = null;
                for (Mention m : ms) {
                    int mi = s.tokenAt(m.start());
                    Entity e = cluster.entity(m.entity()).orElse(null);
                    if (mi > i + 1 && mi - i <= 9 && e != null && e.type() == EntityType.GPE) {
                        place = m;
                        break;
                    }
                }
                boolean direction = false;
                for (int k = i + 2; k < Math.min(ts.size(), i + 6); k++) {
                    direction |= lex.isWord(ts.get(k).folded(), "distance");
                }
                String placeName = place == null ? null
                        : cluster.entity(place.entity()).map(Entity::name).orElse(place.entity());
                int placeEnd = place == null ? -1 : place.end();
                if (place == null && direction) {
                    // "north of Lisbon": a capitalised name right after the direction and its preposition
                    for (int k = i + 2; k < Math.min(ts.size() - 1, i + 7); k++) {
                        if (lex.isWord(ts.get(k).folded(), "distance") && ts.get(k + 1).isCapitalized()) {
                            placeName = ts.get(k + 1).text();
                            placeEnd = ts.get(k + 1).end();
                            break;
                        }
                        if (lex.isWord(ts.get(k).folded(), "distance") && k + 2 < ts.size()
                                && ts.get(k + 2).isCapitalized() && !ts.get(k + 1).isCapitalized()) {
                            placeName = ts.get(k + 2).text();
                            placeEnd = ts.get(k + 2).end();
                            break;
                        }
                    }
                }
                if (placeName != null && direction) {
                    double km = n * units.get(ts.get(i + 1).folded());
                    boolean approx = i > 0 && Boolean.TRUE.equals(approx(ts.get(i - 1).folded()));
                    out.add(new Claims.ValueClaim("distance from " + placeName,
                            (approx ? "about " : "") + fmt(km) + " km", km,
                            a.story().evidence(ts.get(Math.max(0, approx ? i - 1 : i)).start(), placeEnd)));
                }
                continue;
            }
            if (!invest) {
                continue;
            }
            // money: [currency] <n> [scale] [de] [currency]
            int j = i + 1;
            double value = n;
            if (j < ts.size() && scale.containsKey(ts.get(j).folded())) {
                value *= scale.get(ts.get(j).folded());
                j++;
            } else if (j + 1 < ts.size() && scale.containsKey(ts.get(j).folded() + " " + ts.get(j + 1).folded())) {
                value *= scale.get(ts.get(j).folded() + " " + ts.get(j + 1).folded());
                j += 2;
            }
            String cur = null;
            for (int k = Math.max(0, i - 2); k < Math.min(ts.size(), j + 3); k++) {
                String f = ts.get(k).folded();
                if (currency.containsKey(f)) {
                    cur = f;
                    if (k >= j) {
                        j = k + 1;
                    }
                    break;
                }
            }
            if (cur == null || value < 1e6) {
                continue;
            }
            boolean initial = false;
            for (int k = Math.max(0, i - 6); k < i; k++) {
                initial |= lex.has(ts.subList(k, i), "initial");
            }
            // "$1.8 billion of the first phase", "US$ 1.800 millones de la primera etapa"
            initial |= lex.has(ts.subList(Math.min(ts.size(), j), Math.min(ts.size(), j + 5)), "initial");
            boolean inParens = i > 0 && ts.get(i - 1).text().equals("(") || i > 1 && ts.get(i - 2).text().equals("(");
            if (inParens && !out.isEmpty()) {
                skipUntil = j;
                continue;
            }
            String code = currencyCode(currency.get(cur));
            String topic = initial ? "initial investment" : "investment";
            int before = i - (isCurrencyBefore(ts, i, currency) ? 2 : 1);
            boolean about = before >= 0 && Boolean.TRUE.equals(approx(ts.get(before).folded()));
            out.add(new Claims.ValueClaim(topic, (about ? "about " : "") + code + " " + fmtMoney(value), value,
                    a.story().evidence(ts.get(Math.max(0, i - (isCurrencyBefore(ts, i, currency) ? 1 : 0))).start(),
                            ts.get(Math.min(ts.size(), j) - 1).end())));
            skipUntil = j;
        }
        return out;
    }

    /** "operations began" (at the event) or "will start operations in early 2025": when something starts working. */
    private static java.util.Optional<Claims.ValueClaim> operationsStart(AnalyzedStory a, Sentence s) {
        Lexicon lex = a.lexicon();
        List<Token> ts = s.tokens();
        List<Lexicon.Match> ops = lex.find(ts, "operations");
        List<Lexicon.Match> start = lex.find(ts, "start");
        if (ops.isEmpty() || start.isEmpty()
                || ops.stream().noneMatch(o -> start.stream().anyMatch(st -> Math.abs(st.from() - o.from()) <= 4))) {
            return java.util.Optional.empty();
        }
        String value = "at the event";
        for (int i = 0; i < ts.size(); i++) {
            if (ts.get(i).text().matches("(19|20)\\d\\d")) {
                boolean early = lex.has(ts.subList(Math.max(0, i - 3), i), "early");
                value = (early ? "early " : "") + ts.get(i).text();
                break;
            }
        }
        return java.util.Optional.of(new Claims.ValueClaim("start of operations", value, 0,
                a.story().evidence(s.start(), s.end())));
    }

    /**
     * "an annual interest rate of 6.8%", "der Zinssatz liegt bei 5,9 Prozent", "un tasso di interesse del 6,8%": a
     * loan's rate, the first percentage within ten words after the cue (or four before it).
     */
    private static java.util.Optional<Claims.ValueClaim> interestRate(AnalyzedStory a, Sentence s) {
        Lexicon lex = a.lexicon();
        List<Token> ts = s.tokens();
        List<Lexicon.Match> cues = lex.find(ts, "interestRate");
        for (Lexicon.Match c : cues) {
            for (int i = Math.max(0, c.from() - 4); i < Math.min(ts.size(), c.to() + 10); i++) {
                String t = ts.get(i).text();
                boolean pctAfter = i + 1 < ts.size() && lex.find(ts.subList(i + 1, Math.min(ts.size(), i + 3)),
                        "percent").stream().anyMatch(x -> x.from() == 0);
                if (!t.matches("\\d{1,2}([.,]\\d{1,3})?%?") || !(t.endsWith("%") || pctAfter)) {
                    continue;
                }
                String pct = t.replace("%", "").replace(',', '.');
                double v = Double.parseDouble(pct);
                int end = t.endsWith("%") ? i : i + 1;
                String shown = java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
                return java.util.Optional.of(new Claims.ValueClaim("interest rate", shown + "%", v,
                        a.story().evidence(ts.get(Math.min(c.from(), i)).start(),
                                ts.get(Math.max(c.to() - 1, end)).end())));
            }
        }
        return java.util.Optional.empty();
    }

    /** "60% ... owned by X", "zu 40 Prozent dem Unternehmen Y": who owns which share. */
    private static List<Claims.ValueClaim> ownership(AnalyzedStory a, Sentence s, List<Mention> ms, Cluster cluster) {
        List<Claims.ValueClaim> out = new ArrayList<>();
        Lexicon lex = a.lexicon();
        List<Token> ts = s.tokens();
        if (!lex.has(ts, "ownership")) {
            return out;
        }
        for (int i = 0; i + 1 < ts.size(); i++) {
            String t = ts.get(i).text();
            boolean pctAfter = lex.find(ts.subList(i + 1, Math.min(ts.size(), i + 3)), "percent").stream()
                    .anyMatch(x -> x.from() == 0);
            if (!t.matches("\\d{1,3}([.,]\\d+)?%?") || !(t.endsWith("%") || pctAfter)) {
                continue;
            }
            String pct = t.replace("%", "");
            Mention owner = null;
            int best = Integer.MAX_VALUE;
            for (Mention m : ms) {
                Entity e = cluster.entity(m.entity()).orElse(null);
                if (e == null || e.type() != EntityType.ORG) {
                    continue;
                }
                int d = s.tokenAt(m.start()) - i;
                int cost = d > 0 ? d : -d * 2; // prefer the owner named after the share
                if (cost < best && (d > 0 ? d <= 12 : -d <= 6)) {
                    best = cost;
                    owner = m;
                }
            }
            if (owner != null) {
                String name = cluster.entity(owner.entity()).map(Entity::name).orElse(owner.entity());
                out.add(new Claims.ValueClaim("owner of the " + pct + "% share", name, Double.parseDouble(
                        pct.replace(',', '.')), a.story().evidence(Math.min(ts.get(i).start(), owner.start()),
                        Math.max(ts.get(i).end(), owner.end()))));
            }
        }
        return out;
    }

    private static boolean isCurrencyBefore(List<Token> ts, int i, Map<String, Double> currency) {
        return i > 0 && currency.containsKey(ts.get(i - 1).folded());
    }

    private static Boolean approx(String f) {
        return f.equals("about") || f.equals("around") || f.equals("rund") || f.equals("etwa") || f.equals("environ")
                || f.equals("unos") || f.equals("cerca") || f.equals("circa") || f.equals("some");
    }

    private static String currencyCode(double c) {
        return switch ((int) c) {
            case 1 -> "USD";
            case 2 -> "EUR";
            case 3 -> "CNY";
            case 4 -> "PEN";
            case 5 -> "BRL";
            default -> "";
        };
    }

    static String fmt(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.format(Locale.ROOT, "%.1f", v);
    }

    private static String fmtMoney(double v) {
        if (v >= 1e9) {
            return fmt(Math.round(v / 1e8) / 10.0) + " billion";
        }
        return fmt(Math.round(v / 1e5) / 10.0) + " million";
    }

    /** A number in digits ("1.300", "3,5", "78") read with the language's separators, or a number word. */
    static Double number(String text, String language, Map<String, Double> words) {
        String t = text.toLowerCase(Locale.ROOT);
        if (words.containsKey(factbrief.text.Fold.fold(t))) {
            return words.get(factbrief.text.Fold.fold(t));
        }
        if (!t.matches("\\d{1,3}(?:[.,’']\\d{3})*(?:[.,]\\d+)?|\\d+(?:[.,]\\d+)?")) {
            return null;
        }
        boolean commaDecimal = !language.equals("en");
        String digits;
        if (commaDecimal) {
            digits = t.replaceAll("[.’']", "").replace(',', '.');
            if (t.matches("\\d+\\.\\d{1,2}")) {
                digits = t; // "1.3" is a decimal even where the comma is the decimal mark
            }
        } else {
            digits = t.replaceAll("[,’']", "");
        }
        try {
            return Double.valueOf(digits);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
