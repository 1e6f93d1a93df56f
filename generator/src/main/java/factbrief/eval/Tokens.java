package factbrief.eval;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Accent- and case-folded tokens, and the name and target comparisons built on them (see MATCHING.md). */
final class Tokens {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern INITIAL_DOT = Pattern.compile("(?<![\\p{L}\\p{N}])(\\p{L})\\.");
    private static final Pattern SPLIT = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern JOINT = Pattern.compile("\\s+(?:and|&)\\s+|\\s*[&;/]\\s*", Pattern.CASE_INSENSITIVE);

    /** Titles and honorifics that are not part of a person's name. */
    private static final Set<String> TITLES = Set.of(
            "mr", "mrs", "ms", "dr", "sir", "sr", "sra", "srta", "don", "dona", "herr", "frau", "m", "mme", "mlle",
            "president", "presidente", "prasident", "prasidentin", "presidenta", "vice", "secretary", "secretario",
            "secretaria", "minister", "ministerin", "ministro", "ministra", "ministre", "general", "gen", "ambassador",
            "embajador", "embajadora", "botschafter", "botschafterin", "ambassadeur", "ambassadrice");

    /** Function words of the supported languages, ignored when comparing targets and texts. */
    private static final Set<String> STOP = Set.of(
            "a", "an", "the", "of", "and", "or", "to", "for", "in", "on", "at", "by", "with", "s",
            "de", "del", "la", "las", "los", "el", "y", "o", "en", "con", "por", "para", "al", "un", "una",
            "le", "les", "du", "des", "et", "au", "aux", "une", "pour", "sur",
            "der", "die", "das", "den", "dem", "von", "und", "im", "mit", "zu", "zur", "zum", "ein", "eine",
            "di", "da", "e", "il", "lo", "gli", "per", "do", "dos", "em", "no", "na");

    /** Common nouns too generic to identify a target on their own. */
    private static final Set<String> GENERIC = Set.of(
            "port", "puerto", "porto", "hafen", "harbour", "harbor", "government", "gobierno", "regierung",
            "gouvernement", "governo", "relationship", "relations", "relation", "relaciones", "beziehungen",
            "partnership", "cooperation", "strategy", "support", "bilateral", "strategic", "arrangements",
            "agreement", "acuerdo", "abkommen", "accord", "treaty", "pact");

    private Tokens() {
    }

    /** Lower case with accents stripped: {@code Ibáñez} becomes {@code ibanez}. */
    static String fold(String s) {
        String d = Normalizer.normalize(s, Normalizer.Form.NFD);
        d = MARKS.matcher(d).replaceAll("");
        d = d.toLowerCase(Locale.ROOT);
        return d.replace("ß", "ss").replace("ø", "o").replace("æ", "ae").replace("œ", "oe")
                .replace("ł", "l").replace("đ", "d").replace("ı", "i");
    }

    /** Folded word tokens; dots after single letters are dropped first, so {@code U.S.} is {@code us}. */
    static List<String> tokens(String s) {
        if (s == null) {
            return List.of();
        }
        String t = INITIAL_DOT.matcher(fold(s)).replaceAll("$1");
        List<String> out = new ArrayList<>();
        for (String w : SPLIT.split(t)) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }

    /** The part of a gold string before its parenthesis: {@code "Ana Ruiz (Minister, X)"} gives {@code "Ana Ruiz"}. */
    static String head(String s) {
        if (s == null) {
            return "";
        }
        int p = s.indexOf('(');
        return (p < 0 ? s : s.substring(0, p)).trim();
    }

    /** The names a holder string stands for: {@code "A and B (joint statement)"} stands for A and for B. */
    static List<String> alternatives(String holder) {
        List<String> out = new ArrayList<>();
        for (String part : JOINT.split(head(holder))) {
            if (!part.isBlank()) {
                out.add(part.trim());
            }
        }
        return out;
    }

    /** Name tokens without titles; falls back to all tokens when the name is nothing but titles. */
    static List<String> nameTokens(String name) {
        List<String> all = tokens(head(name));
        List<String> kept = all.stream().filter(t -> !TITLES.contains(t)).toList();
        return kept.isEmpty() ? all : kept;
    }

    /**
     * Whether a predicted name denotes the gold name: the predicted surname (last token) is in the gold name and the
     * first names do not conflict, or every gold token is in the predicted name.
     */
    static boolean nameMatches(String predicted, String gold) {
        List<String> p = nameTokens(predicted);
        List<String> g = nameTokens(gold);
        if (p.isEmpty() || g.isEmpty()) {
            return false;
        }
        if (p.containsAll(g)) {
            return true;
        }
        if (!g.contains(p.get(p.size() - 1))) {
            return false;
        }
        boolean conflict = p.size() >= 2 && g.size() >= 2 && !g.contains(p.get(0)) && !p.contains(g.get(0));
        return !conflict;
    }

    /** {@link #nameMatches} against any alternative of a gold holder string. */
    static boolean holderMatches(String predicted, String goldHolder) {
        return alternatives(goldHolder).stream().anyMatch(g -> nameMatches(predicted, g));
    }

    /** 1 when the folded name tokens are equal, else 0: a tie-breaker among names that already match. */
    static double nameExactness(String predicted, String gold) {
        return nameTokens(predicted).equals(nameTokens(gold)) ? 1 : 0;
    }

    /**
     * The tokens that identify a target: the head's tokens and the tokens of capitalised words in its parenthesis
     * (aliases such as an acronym), without function words and generic nouns.
     */
    static Set<String> targetTokens(String target) {
        Set<String> out = new LinkedHashSet<>(content(tokens(head(target))));
        out.removeAll(GENERIC);
        if (target != null && target.indexOf('(') >= 0) {
            String paren = target.substring(target.indexOf('(') + 1);
            for (String word : paren.split("[\\s,;)]+")) {
                if (!word.isEmpty() && Character.isUpperCase(word.codePointAt(0))) {
                    out.addAll(content(tokens(word)));
                }
            }
            out.removeAll(GENERIC);
        }
        return out;
    }

    /** Initials of a multi-word target head without function words: {@code Trans-Pacific Partnership} gives tpp. */
    static String acronym(String target) {
        List<String> words = content(tokens(head(target)));
        if (words.size() < 2) {
            return null;
        }
        StringBuilder sb = new StringBuilder();
        for (String w : words) {
            sb.appendCodePoint(w.codePointAt(0));
        }
        return sb.toString();
    }

    /** Whether a predicted target names the gold target: a shared identifying token or an acronym of the other. */
    static boolean targetMatches(String predicted, String gold) {
        Set<String> p = targetTokens(predicted);
        Set<String> g = targetTokens(gold);
        for (String t : p) {
            if (g.contains(t)) {
                return true;
            }
        }
        String pa = acronym(predicted);
        String ga = acronym(gold);
        return pa != null && g.contains(pa) || ga != null && p.contains(ga);
    }

    /** Tokens without function words. */
    static List<String> content(List<String> tokens) {
        return tokens.stream().filter(t -> !STOP.contains(t)).toList();
    }

    /** Dice coefficient of the content-token sets of two texts (0 when either is empty). */
    static double overlap(String a, String b) {
        Set<String> x = new HashSet<>(content(tokens(a)));
        Set<String> y = new HashSet<>(content(tokens(b)));
        if (x.isEmpty() || y.isEmpty()) {
            return 0;
        }
        int common = 0;
        for (String t : x) {
            if (y.contains(t)) {
                common++;
            }
        }
        return 2.0 * common / (x.size() + y.size());
    }

    /** Jaccard index of two sets (0 when both are empty). */
    static double jaccard(Collection<String> a, Collection<String> b) {
        Set<String> union = new HashSet<>(a);
        union.addAll(b);
        if (union.isEmpty()) {
            return 0;
        }
        int common = 0;
        for (String t : new HashSet<>(a)) {
            if (b.contains(t)) {
                common++;
            }
        }
        return (double) common / union.size();
    }

    /** Whether two collections share an element. */
    static boolean intersects(Collection<String> a, Collection<String> b) {
        return a.stream().anyMatch(b::contains);
    }

    /** A one-line label, cut at {@code max} code points with an ellipsis. */
    static String cut(String s, int max) {
        if (s == null) {
            return "";
        }
        String flat = s.replaceAll("\\s+", " ").trim();
        if (flat.codePointCount(0, flat.length()) <= max) {
            return flat;
        }
        return flat.substring(0, flat.offsetByCodePoints(0, max - 1)) + "…";
    }
}
