package factbrief.reconcile;

import factbrief.model.PartialDate;
import factbrief.model.SourceFlag;
import factbrief.model.SourceFlagKind;
import factbrief.model.Story;
import factbrief.text.AnalyzedStory;
import factbrief.text.Fold;
import factbrief.text.Lexicon;
import factbrief.text.Sentence;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Flags that depend on one story's text or on pairs of stories: machine-generated, unsupported, copies. */
final class SourceAssessor {
    private SourceAssessor() {
    }

    static Map<String, List<SourceFlag>> assess(List<AnalyzedStory> stories) {
        Map<String, List<SourceFlag>> flags = new LinkedHashMap<>();
        for (AnalyzedStory a : stories) {
            List<SourceFlag> fs = new ArrayList<>();
            if (!a.supported()) {
                fs.add(new SourceFlag(SourceFlagKind.UNSUPPORTED_LANGUAGE, null,
                        "no language model or lexicon for '" + a.language() + "'; no facts taken from it"));
            } else {
                Set<String> cues = new HashSet<>();
                for (Sentence s : a.sentences()) {
                    a.lexicon().find(s.tokens(), "machine").forEach(m -> cues.add(m.entry()));
                }
                if (cues.size() >= 2) {
                    fs.add(new SourceFlag(SourceFlagKind.MACHINE_GENERATED, null,
                            "machine-written or hypothetical text: " + String.join(", ", new java.util.TreeSet<>(cues)
                                    .stream().limit(4).toList())));
                }
            }
            flags.put(a.story().id(), fs);
        }
        Map<String, Integer> clutter = new HashMap<>();
        for (AnalyzedStory a : stories) {
            clutter.put(a.story().id(), a.supported() ? clutter(a) : 0);
        }
        Translations translations = new Translations(stories);
        for (int i = 0; i < stories.size(); i++) {
            for (int j = i + 1; j < stories.size(); j++) {
                Story x = stories.get(i).story();
                Story y = stories.get(j).story();
                String lx = stories.get(i).language();
                String ly = stories.get(j).language();
                if (lx.equals(ly)) {
                    double c = containment(x.text(), y.text());
                    if (c >= 0.6) {
                        Story copy = originalFirst(x, y, lx, ly, null, clutter) == x ? y : x;
                        Story orig = copy == x ? y : x;
                        add(flags, copy, new SourceFlag(SourceFlagKind.DUPLICATE_OF, orig.id(),
                                String.format(java.util.Locale.ROOT, "%.0f%% of its word sequences appear in %s",
                                        c * 100, orig.id())));
                    }
                } else {
                    Translations.Alignment al = translations.align(i, j);
                    if (al.translation()) {
                        Story orig = originalFirst(x, y, lx, ly, al, clutter);
                        boolean xIsOrig = orig == x;
                        Story copy = xIsOrig ? y : x;
                        add(flags, copy, new SourceFlag(SourceFlagKind.TRANSLATION_OF, orig.id(),
                                String.format(java.util.Locale.ROOT,
                                        "%d of its %d sentences align in order with %s by shared names, numbers "
                                                + "and cognates (weighted share %.0f%%, a translation from %.0f%%), "
                                                + "in another language",
                                        xIsOrig ? al.alignedY() : al.alignedX(),
                                        xIsOrig ? al.sentencesY() : al.sentencesX(), orig.id(), al.score() * 100,
                                        Translations.MIN_COVERAGE * 100)));
                    }
                }
            }
        }
        return flags;
    }

    private static void add(Map<String, List<SourceFlag>> flags, Story s, SourceFlag f) {
        List<SourceFlag> fs = flags.get(s.id());
        if (fs.stream().noneMatch(x -> x.flag() == SourceFlagKind.DUPLICATE_OF
                || x.flag() == SourceFlagKind.TRANSLATION_OF)) {
            fs.add(f);
        }
    }

    /**
     * The story more likely to be the original: on a site whose domain matches its language, else dated earlier
     * (for a translation, by more than a day: a day is within time zones and the dates of reposts), else the dated
     * one, else, for a translation, the one that leaves clearly more of its sentences out of the alignment (a
     * translation renders what it takes), else the longer one.
     */
    /** The site's name without "www." and domain ("hemispherewire" for www.hemispherewire.example). */
    private static String siteLabel(String site) {
        String label = site.toLowerCase(java.util.Locale.ROOT).replaceFirst("^www\\.", "");
        int dot = label.indexOf('.');
        return (dot > 0 ? label.substring(0, dot) : label).replaceAll("[^a-z0-9]", "");
    }

    private static final java.util.regex.Pattern AGENCY = java.util.regex.Pattern.compile("\\(([A-Z][A-Za-z]{1,5})\\)");

    /** Whether {@code a}'s text names {@code b}'s site ("(Pacific Wire)" for pacificwire.example). */
    private static boolean credits(Story a, Story b) {
        if (b.site() == null) {
            return false;
        }
        // the agency a site names for itself ("wire.example (AP)") credited in the other's dateline "(AP)"
        java.util.regex.Matcher agency = AGENCY.matcher(b.site());
        if (agency.find() && a.text().contains("(" + agency.group(1) + ")")
                && (a.site() == null || !a.site().contains("(" + agency.group(1) + ")"))) {
            return true;
        }
        String label = siteLabel(b.site());
        if (label.length() < 6 || a.site() != null && label.equals(siteLabel(a.site()))) {
            return false;   // one outlet in two editions: no credit tells which came first
        }
        // whole words only: one to three words that spell the label ("Pacific Wire"), not "Lateinamerika"
        String[] words = Fold.fold(a.text()).split("[^a-z0-9]+");
        for (int i = 0; i < words.length; i++) {
            StringBuilder joined = new StringBuilder();
            for (int n = 0; n < 3 && i + n < words.length && joined.length() < label.length(); n++) {
                joined.append(words[i + n]);
                if (joined.toString().equals(label)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The lines of page furniture in a story ("Síguenos ...", "Lee también: ...", "Comentarios (3)"). */
    private static int clutter(AnalyzedStory a) {
        int n = 0;
        for (Sentence s : a.sentences()) {
            if (s.tokens().size() < 25 && a.lexicon().has(s.tokens(), "boilerplate")) {
                n++;
            }
        }
        return n;
    }

    private static Story originalFirst(Story x, Story y, String lx, String ly, Translations.Alignment al,
                                       Map<String, Integer> clutter) {
        boolean xCreditsY = credits(x, y);
        if (xCreditsY != credits(y, x)) {
            return xCreditsY ? y : x;       // "WASHINGTON (Pacific Wire) -" in the other's text: the other is the source
        }
        boolean tx = tldMatches(x.site(), lx);
        boolean ty = tldMatches(y.site(), ly);
        if (tx != ty) {
            return tx ? x : y;
        }
        if (x.published() != null && y.published() != null && x.published().compareTo(y.published()) != 0
                && (al == null || daysApart(x.published(), y.published()) > 1)) {
            return x.published().compareTo(y.published()) < 0 ? x : y;
        }
        if ((x.published() == null) != (y.published() == null)) {
            return x.published() != null ? x : y;
        }
        if (al != null && Math.abs(al.alignedShareX() - al.alignedShareY()) >= 0.2) {
            return al.alignedShareX() < al.alignedShareY() ? x : y;
        }
        int cx = clutter.getOrDefault(x.id(), 0);
        int cy = clutter.getOrDefault(y.id(), 0);
        if (al == null && cx != cy) {
            return cx < cy ? x : y;         // a portal's reprint adds its page furniture to the wire text
        }
        return x.text().length() >= y.text().length() ? x : y;
    }

    /** Days between two partial dates taken as ranges; 0 when they overlap. */
    private static long daysApart(PartialDate a, PartialDate b) {
        if (a.latest().isBefore(b.earliest())) {
            return ChronoUnit.DAYS.between(a.latest(), b.earliest());
        }
        if (b.latest().isBefore(a.earliest())) {
            return ChronoUnit.DAYS.between(b.latest(), a.earliest());
        }
        return 0;
    }

    private static boolean tldMatches(String site, String language) {
        if (site == null) {
            return false;
        }
        String host = site.split("[\\s(]")[0];
        return host.endsWith("." + language);
    }

    /** Share of the shorter text's 5-word shingles found in the longer one. */
    static double containment(String a, String b) {
        Set<String> sa = shingles(a);
        Set<String> sb = shingles(b);
        Set<String> small = sa.size() <= sb.size() ? sa : sb;
        Set<String> big = small == sa ? sb : sa;
        if (small.size() < 10) {
            return 0;
        }
        long hit = small.stream().filter(big::contains).count();
        return (double) hit / small.size();
    }

    private static Set<String> shingles(String text) {
        String[] w = Fold.fold(text).split("[^\\p{L}\\p{N}]+");
        Set<String> out = new HashSet<>();
        for (int i = 0; i + 5 <= w.length; i++) {
            out.add(String.join(" ", java.util.Arrays.copyOfRange(w, i, i + 5)));
        }
        return out;
    }
}
