package factbrief.extract;

import factbrief.model.Cluster;
import factbrief.model.Entity;
import factbrief.model.EntityType;
import factbrief.model.Evidence;
import factbrief.model.FollowUpStatus;
import factbrief.model.Mention;
import factbrief.model.PositionKind;
import factbrief.model.Stance;
import factbrief.model.Story;
import factbrief.text.AnalyzedStory;
import factbrief.text.Concepts;
import factbrief.text.Lexicon;
import factbrief.text.Sentence;
import factbrief.text.Token;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds claims sentence by sentence, anchored on the cluster's entity mentions, with cue words from the story
 * language's lexicon. It knows nothing of other stories: reconciliation merges and compares.
 */
public final class Extractor {
    private static final Pattern QUOTE = Pattern.compile(
            "\"([^\"]{3,})\"|“([^”]{3,})”|„([^“”\"]{3,})[“”\"]|«\\s*([^»]{3,}?)\\s*»|‹\\s*([^›]{3,}?)\\s*›|”([^”]{3,})”");
    private static final Set<String> SPOKESPERSON_ROLES = Set.of("Press Secretary", "Spokesperson",
            "Assistant to the Secretary of Defense for Public Affairs");

    private final Cluster cluster;

    public Extractor(Cluster cluster) {
        this.cluster = cluster;
    }

    /** Claims of one analysed story; an unsupported language yields none. */
    public Claims extract(AnalyzedStory a) {
        Story story = a.story();
        List<Claims.MeetingClaim> meetings = new ArrayList<>();
        List<Claims.PositionClaim> positions = new ArrayList<>();
        List<Claims.FollowUpClaim> followUps = new ArrayList<>();
        List<Claims.ValueClaim> values = new ArrayList<>();
        List<Evidence> negated = new ArrayList<>();
        if (!a.supported()) {
            return new Claims(story.id(), meetings, positions, followUps, values, negated);
        }
        Lexicon lex = a.lexicon();
        String lastPerson = null;
        for (Sentence s : a.sentences()) {
            List<Token> ts = s.tokens();
            if (lex.has(ts, "boilerplate") && ts.size() < 25) {
                continue;
            }
            List<Mention> ms = story.mentions().stream()
                    .filter(m -> m.start() >= s.start() && m.end() <= s.end()).toList();
            List<Mention> persons = ms.stream().filter(m -> type(m) == EntityType.PERSON).toList();
            String pronounPerson = null;
            if (persons.isEmpty() && lastPerson != null && startsWithPronoun(ts, lex)) {
                pronounPerson = lastPerson;
            }
            Evidence ev = story.evidence(s.start(), s.end());
            meeting(a, s, ms, persons).ifPresent(meetings::add);
            positions.addAll(positions(a, s, ms, persons, pronounPerson));
            followUp(a, s, ms, persons, negated).ifPresent(followUps::add);
            values.addAll(values(a, s, ms));
            if (!persons.isEmpty()) {
                lastPerson = persons.get(0).entity();
            }
            if (ev.text().isEmpty()) {
                throw new IllegalStateException("empty sentence");
            }
        }
        return new Claims(story.id(), meetings, positions, followUps, values, negated);
    }

    private EntityType type(Mention m) {
        return cluster.entity(m.entity()).map(Entity::type).orElse(EntityType.OTHER);
    }

    private static boolean startsWithPronoun(List<Token> ts, Lexicon lex) {
        for (int i = 0; i < Math.min(3, ts.size()); i++) {
            if (lex.isWord(ts.get(i).folded(), "pronoun")) {
                return true;
            }
        }
        return false;
    }

    private int tokenIndex(Sentence s, int charOffset) {
        return s.tokenAt(charOffset);
    }

    // ---- meetings -------------------------------------------------------------------------------------------

    private Optional<Claims.MeetingClaim> meeting(AnalyzedStory a, Sentence s, List<Mention> ms,
                                                  List<Mention> persons) {
        Lexicon lex = a.lexicon();
        List<Token> ts = s.tokens();
        boolean meet = lex.has(ts, "meet");
        boolean delegation = lex.has(ts, "delegation") && lex.has(ts, "also");
        if (!(meet || delegation) || persons.isEmpty()) {
            return Optional.empty();
        }
        List<Lexicon.Match> says = lex.find(ts, "say");
        List<Lexicon.Match> according = lex.find(ts, "according");
        Set<String> who = new LinkedHashSet<>();
        for (Mention m : persons) {
            if (isSpeakerOnly(s, m, says, according, ts)) {
                continue;
            }
            who.add(m.entity());
        }
        if (who.isEmpty()) {
            return Optional.empty();
        }
        List<String> places = new ArrayList<>();
        for (Mention m : ms) {
            EntityType t = type(m);
            if (t == EntityType.FACILITY) {
                places.add(m.entity());
            }
        }
        for (Mention m : ms) {
            Entity e = cluster.entity(m.entity()).orElse(null);
            if (e != null && e.type() == EntityType.GPE && e.country() != null && !e.country().equals(e.name())
                    && precededByLocative(s, m)) {
                places.add(m.entity());
            }
        }
        Optional<DateFinder.Found> date = DateFinder.find(ts, lex, a.story().published());
        List<String> participants = delegation && !meet ? List.of() : List.copyOf(who);
        List<String> also = delegation && !meet ? List.copyOf(who) : List.of();
        if (delegation && meet) {
            participants = List.copyOf(who);
        }
        return Optional.of(new Claims.MeetingClaim(participants, also, places.stream().distinct().toList(),
                date.map(DateFinder.Found::date).orElse(null), date.map(DateFinder.Found::relative).orElse(null),
                a.story().evidence(s.start(), s.end())));
    }

    private boolean precededByLocative(Sentence s, Mention m) {
        int i = tokenIndex(s, m.start());
        if (i == 0) {
            return true; // dateline
        }
        String prev = s.tokens().get(i - 1).folded();
        return Set.of("in", "at", "en", "a", "à", "im", "de", "nach", "to", "desde", "from").contains(prev)
                || s.tokens().get(i - 1).text().equals("/") || i + 1 < s.tokens().size()
                && s.tokens().get(i + 1).text().matches("[/.,–-]") && i < 2;
    }

    private boolean isSpeakerOnly(Sentence s, Mention m, List<Lexicon.Match> says, List<Lexicon.Match> according,
                                  List<Token> ts) {
        Entity e = cluster.entity(m.entity()).orElse(null);
        if (e != null && e.roles().stream().anyMatch(SPOKESPERSON_ROLES::contains)) {
            return true;
        }
        int i = tokenIndex(s, m.start());
        for (Lexicon.Match ac : according) {
            if (i >= ac.to() && i - ac.to() <= 8) {
                return true;
            }
        }
        return false;
    }

    // ---- positions ------------------------------------------------------------------------------------------

    private List<Claims.PositionClaim> positions(AnalyzedStory a, Sentence s, List<Mention> ms,
                                                 List<Mention> persons, String pronounPerson) {
        List<Claims.PositionClaim> out = new ArrayList<>();
        Set<String> targets = new LinkedHashSet<>();
        for (Mention m : ms) {
            if (cluster.focus().contains(m.entity())) {
                targets.add(m.entity());
            }
        }
        if (targets.isEmpty()) {
            return out;
        }
        Lexicon lex = a.lexicon();
        List<Token> ts = s.tokens();
        List<Lexicon.Match> says = lex.find(ts, "say");
        List<Lexicon.Match> according = lex.find(ts, "according");
        String quote = quote(s.text());
        String holder = null;
        // "according to X" / "laut X" names the speaker outright
        for (Lexicon.Match ac : according) {
            for (Mention m : persons) {
                int i = tokenIndex(s, m.start());
                if (i >= ac.to() && i - ac.to() <= 2) {
                    holder = m.entity();
                }
            }
        }
        if (holder == null && (!says.isEmpty() || quote != null)) {
            int best = Integer.MAX_VALUE;
            for (Mention m : persons) {
                int i = tokenIndex(s, m.start());
                if (targets.contains(m.entity())) {
                    continue;
                }
                for (Lexicon.Match sy : says) {
                    int d = Math.min(Math.abs(i - sy.from()), Math.abs(i - sy.to()));
                    if (d < best && d <= 12) {
                        best = d;
                        holder = m.entity();
                    }
                }
                if (says.isEmpty() && quote != null && holder == null) {
                    holder = m.entity();
                }
            }
            if (holder == null && pronounPerson != null && !says.isEmpty()) {
                holder = pronounPerson;
            }
        }
        Stance stance = stance(ts, lex);
        Evidence ev = a.story().evidence(s.start(), s.end());
        for (String target : targets) {
            if (holder != null && !holder.equals(target)) {
                String name = cluster.entity(holder).map(Entity::name).orElse(holder);
                out.add(new Claims.PositionClaim(holder, name, target, PositionKind.STATEMENT, stance, quote,
                        a.language(), ev));
            } else if (holder == null && persons.isEmpty() && lex.has(ts, "framing")) {
                out.add(new Claims.PositionClaim(null, a.story().sourceName(), target, PositionKind.FRAMING,
                        Stance.NEUTRAL, null, a.language(), ev));
            }
        }
        return out;
    }

    static String quote(String text) {
        Matcher m = QUOTE.matcher(text);
        String best = null;
        while (m.find()) {
            for (int g = 1; g <= m.groupCount(); g++) {
                if (m.group(g) != null) {
                    String q = m.group(g).strip();
                    if (best == null || q.length() > best.length()) {
                        best = q;
                    }
                }
            }
        }
        return best;
    }

    private static Stance stance(List<Token> ts, Lexicon lex) {
        int neg = lex.find(ts, "negative").size();
        int pos = lex.find(ts, "positive").size();
        if (neg > 0 && pos > 0) {
            return neg >= 2 * pos ? Stance.NEGATIVE : pos >= 2 * neg ? Stance.POSITIVE : Stance.MIXED;
        }
        return neg > 0 ? Stance.NEGATIVE : pos > 0 ? Stance.POSITIVE : Stance.NEUTRAL;
    }

    // ---- follow-ups -----------------------------------------------------------------------------------------

    private Optional<Claims.FollowUpClaim> followUp(AnalyzedStory a, Sentence s, List<Mention> ms,
                                                    List<Mention> persons, List<Evidence> negated) {
        Lexicon lex = a.lexicon();
        List<Token> ts = s.tokens();
        Set<String> concepts = Concepts.shared().find(ts, a.language());
        concepts.remove("security-cooperation");
        concepts.remove("visit");
        List<Lexicon.Match> agree = lex.find(ts, "agree");
        List<Lexicon.Match> consider = lex.find(ts, "consider");
        List<Lexicon.Match> propose = lex.find(ts, "propose");
        List<Lexicon.Match> plan = lex.find(ts, "plan");
        List<Lexicon.Match> neg = lex.find(ts, "negation");
        boolean meetingPlanned = lex.has(ts, "meet") && !plan.isEmpty();
        if (concepts.isEmpty() && !meetingPlanned && agree.isEmpty() && consider.isEmpty()) {
            return Optional.empty();
        }
        Evidence ev = a.story().evidence(s.start(), s.end());
        for (Lexicon.Match g : agree) {
            for (Lexicon.Match n : neg) {
                if (n.to() <= g.from() && g.from() - n.to() <= 4) {
                    negated.add(ev);
                    return Optional.empty();
                }
            }
        }
        FollowUpStatus status;
        Lexicon.Match cue;
        boolean considered = consider.stream().anyMatch(c -> c.to() - c.from() > 1 || !isWeakModal(c));
        if (considered && !concepts.isEmpty()) {
            status = FollowUpStatus.UNDER_CONSIDERATION;
            cue = consider.get(0);
        } else if (!propose.isEmpty() && (!concepts.isEmpty() || meetingPlanned)) {
            status = FollowUpStatus.PROPOSED;
            cue = propose.get(0);
        } else if (!agree.isEmpty() && !concepts.isEmpty()) {
            status = FollowUpStatus.AGREED;
            cue = agree.get(0);
        } else if (!plan.isEmpty() && (!concepts.isEmpty() || meetingPlanned)) {
            status = FollowUpStatus.PLANNED;
            cue = plan.get(0);
        } else {
            return Optional.empty();
        }
        if (lex.has(ts, "machine")) {
            return Optional.empty();
        }
        int from = Math.min(cue.from(), ts.size() - 1);
        String action = a.story().text().substring(ts.get(from).start(), s.end()).strip();
        if (action.length() < 12) {
            action = s.text();
        }
        List<String> parties = new ArrayList<>();
        for (Mention m : ms) {
            EntityType t = type(m);
            if ((t == EntityType.PERSON || t == EntityType.GPE || t == EntityType.ORG)
                    && !parties.contains(m.entity())) {
                parties.add(m.entity());
            }
        }
        boolean reported = lex.has(ts, "reported");
        return Optional.of(new Claims.FollowUpClaim(action, status, parties, concepts, reported, ev));
    }

    private static boolean isWeakModal(Lexicon.Match m) {
        String e = m.entry();
        return e.equals("could") || e.equals("may") || e.equals("might") || e.equals("possible")
                || e.startsWith("potenti") || e.startsWith("eventu")
                || e.equals("possibly") || e.startsWith("könnte") || e.equals("pourrait") || e.equals("podría")
                || e.equals("potrebbe") || e.startsWith("möglich") || e.startsWith("posibl") || e.startsWith("possib");
    }

    private int countries(List<Mention> ms) {
        return (int) ms.stream().filter(m -> type(m) == EntityType.GPE).count();
    }

    // ---- slot values ----------------------------------------------------------------------------------------

    private List<Claims.ValueClaim> values(AnalyzedStory a, Sentence s, List<Mention> ms) {
        List<Claims.ValueClaim> out = new ArrayList<>();
        Lexicon lex = a.lexicon();
        List<Token> ts = s.tokens();
        // which administration / government: "Trump administration", "Trump-Regierung", "gouvernement Trump"
        for (int i = 0; i < ts.size(); i++) {
            Token t = ts.get(i);
            String name = null;
            int from = i;
            int to = i + 1;
            if (t.text().contains("-") && lex.isWord(t.folded().substring(t.folded().indexOf('-') + 1),
                    "administration")) {
                name = t.text().substring(0, t.text().indexOf('-'));
            } else if (lex.isWord(t.folded().replaceAll("'s$", ""), "administration")) {
                if (i > 0 && ts.get(i - 1).isCapitalized() && !isPlace(ts.get(i - 1).text())) {
                    name = ts.get(i - 1).text().replaceAll("['’]s?$", "");
                    from = i - 1;
                } else if (i + 1 < ts.size() && ts.get(i + 1).isCapitalized() && !isPlace(ts.get(i + 1).text())) {
                    name = ts.get(i + 1).text();
                    to = i + 2;
                } else if (i + 2 < ts.size() && ts.get(i + 1).folded().equals("de") && ts.get(i + 2).isCapitalized()
                        && !isPlace(ts.get(i + 2).text())) {
                    name = ts.get(i + 2).text();
                    to = i + 3;
                }
            }
            if (name != null) {
                name = name.replaceAll("[-‐]$", "");
            }
            if (name != null && name.length() > 2 && Character.isUpperCase(name.codePointAt(0))
                    && !isPlace(name)) {
                out.add(new Claims.ValueClaim("administration", name, 0,
                        a.story().evidence(ts.get(from).start(), ts.get(to - 1).end())));
            }
        }
        out.addAll(Numbers.find(a, s, ms, cluster));
        return out;
    }

    private boolean isPlace(String name) {
        String k = factbrief.text.Fold.fold(name).replaceAll("['’]s?$", "");
        for (Entity e : cluster.entities()) {
            if (e.type() == EntityType.PERSON) {
                continue;
            }
            if (factbrief.text.Fold.fold(e.name()).equals(k)
                    || e.aliases().stream().anyMatch(al -> factbrief.text.Fold.fold(al).equals(k))) {
                return true;
            }
        }
        return k.equals("us") || k.equals("u.s") || k.equals("u.s.");
    }

    static Map<String, Object> debug() {
        return Map.of();
    }
}
