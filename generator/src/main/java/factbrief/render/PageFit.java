package factbrief.render;

import factbrief.view.Cut;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;

/**
 * Finds the fewest cuts of a plan that bring a brief onto one page. The overflowing full layout gives every item's
 * height, from which a first guess is computed; probes then gallop from the guess and bisect, so a good guess costs
 * two layouts and a bad one about log2(plan size). Assumes that more cuts never make the brief longer.
 */
final class PageFit {
    /** Ids of the column sections of the layout (see brief.ftlh), with the key letter of their items. */
    private static final Map<String, Character> SECTIONS = Map.of("meetings", 'm', "positions", 'p',
            "follow-ups", 'f', "disagreements", 'd', "single-source", '-');
    private static final Set<String> MAIN = Set.of("meetings", "positions");
    private static final String FOOT = "sources";
    /** Height of one added "N more" line, in points (generous: the estimate should err towards cutting). */
    private static final float MORE_LINE_PT = 13f;

    /** The chosen layout (open; the caller closes it) and the number of cuts applied. */
    record Result(PdfMaker.Layout layout, int cuts, int layouts) {
    }

    private PageFit() {
    }

    /**
     * The layout of the shortest plan prefix that fits one page.
     *
     * @param full  the layout of the uncut brief, which does not fit; closed here
     * @param plan  every cut, least important first
     * @param at    lays out the brief with the first k cuts applied
     */
    static Result fit(PdfMaker.Layout full, List<Cut> plan, IntFunction<PdfMaker.Layout> at) {
        int guess;
        try {
            guess = Math.max(1, Math.min(plan.size(), estimate(full, plan)));
        } finally {
            full.close();
        }
        Search s = new Search(plan.size(), at);
        try {
            boolean fits = s.probe(guess);
            int step = 1;
            if (fits) {
                while (s.hi - s.lo > 1) {       // gallop down until a probe overflows
                    if (!s.probe(Math.max(s.lo + 1, s.hi - step))) {
                        break;
                    }
                    step *= 2;
                }
            } else {
                while (s.hi - s.lo > 1) {       // gallop up until a probe fits
                    if (s.probe(Math.min(s.hi - 1, s.lo + step))) {
                        break;
                    }
                    step *= 2;
                }
            }
            while (s.hi - s.lo > 1) {           // bisect what is left
                s.probe((s.lo + s.hi) >>> 1);
            }
            if (s.best == null) {               // nothing short of the whole plan was tried, or fitted
                s.best = at.apply(plan.size());
                s.layouts++;
            }
            Result r = new Result(s.best, s.hi, s.layouts);
            s.best = null;
            return r;
        } finally {
            if (s.best != null) {
                s.best.close();
            }
        }
    }

    /** The bracket: {@code lo} cuts overflow, {@code hi} cuts fit (or are the whole plan, assumed to fit). */
    private static final class Search {
        final IntFunction<PdfMaker.Layout> at;
        int lo = 0;
        int hi;
        int layouts = 0;
        PdfMaker.Layout best;

        Search(int planSize, IntFunction<PdfMaker.Layout> at) {
            this.hi = planSize;
            this.at = at;
        }

        boolean probe(int k) {
            PdfMaker.Layout l = at.apply(k);
            layouts++;
            if (l.pages() <= 1) {
                if (best != null) {
                    best.close();
                }
                best = l;
                hi = k;
                return true;
            }
            l.close();
            lo = k;
            return false;
        }
    }

    /**
     * The smallest k whose cuts remove enough height, judged from the full layout. Columns are measured as their
     * section headings plus the heights of the items they keep (so the gaps page breaks left in the overflowing
     * layout do not count); the taller column sets the height; each section that loses items and the head gain a
     * "N more" line; dropped sources free half their height (they sit two to a row).
     */
    static int estimate(PdfMaker.Layout full, List<Cut> plan) {
        int page = full.pageHeight();
        int line = Math.round(MORE_LINE_PT * full.unitsPerPoint());
        PdfMaker.Extent brief = full.extent("brief");
        PdfMaker.Extent sources = full.extent(FOOT);
        if (brief == null || sources == null) {
            return plan.size();
        }
        int head = Integer.MAX_VALUE;
        for (String id : SECTIONS.keySet()) {
            PdfMaker.Extent e = full.extent(id);
            if (e != null) {
                head = Math.min(head, e.top());
            }
        }
        if (head == Integer.MAX_VALUE) {
            return plan.size();
        }
        int foot = brief.bottom() - sources.top();
        int main = 0;
        int side = 0;
        for (var section : SECTIONS.entrySet()) {
            PdfMaker.Extent e = full.extent(section.getKey());
            if (e == null) {
                continue;
            }
            int height = e.height();
            PdfMaker.Extent first = full.extent(section.getValue() + "0");
            if (first != null) {
                height = first.top() - e.top();
                for (Cut c : plan) {
                    if (c.kind() == Cut.Kind.DROP && c.key().charAt(0) == section.getValue()) {
                        PdfMaker.Extent item = full.extent(c.key());
                        height += item == null ? 0 : item.height();
                    }
                }
            }
            if (MAIN.contains(section.getKey())) {
                main += height;
            } else {
                side += height;
            }
        }
        Set<Character> sectionsCut = new HashSet<>();
        int extra = 0;
        for (int k = 1; k <= plan.size(); k++) {
            Cut cut = plan.get(k - 1);
            char kind = cut.key().charAt(0);
            int saved;
            if (cut.kind() == Cut.Kind.SHORTEN) {
                PdfMaker.Extent q = full.extent("q-" + cut.key());
                saved = q == null ? 0 : Math.max(0, q.height() - 2 * line);
            } else if (kind == 's') {
                PdfMaker.Extent e = full.extent("src-" + cut.key().substring(1));
                saved = e == null ? 0 : e.height() / 2;
            } else {
                PdfMaker.Extent e = full.extent(cut.key());
                saved = e == null ? 0 : e.height();
            }
            if (cut.kind() == Cut.Kind.DROP && sectionsCut.add(kind)) {
                saved -= line;
                extra = line + line / 2;
            }
            switch (kind) {
                case 'm', 'p' -> main -= saved;
                case 'f', 'd' -> side -= saved;
                default -> foot -= saved;
            }
            if (head + Math.max(main, side) + foot + extra <= page - line / 2) {
                return k;
            }
        }
        return plan.size();
    }
}
