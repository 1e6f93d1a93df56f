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

    private static final Pattern PLURAL_VERB = Pattern.compile("(ieron|aron|eram|aram|ono|ent|en)$");

    private final Cluster cluster;
    /** A capital's entity id to its country's ("Washington" for the United States). */
    private final Map<String, String> capitalCountries;
    /** The entity ids of the two countries whose people the stories name most. */
    private final Set<String> sides;
    private List<String> previousTargets;

    public Extractor(Cluster cluster) {
        this.cluster = cluster;
        this.capitalCountries = factbrief.annotate.Gazetteer.shared().capitalCountries(cluster.entities());
        this.sides = sides(cluster);
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
        List<String> named = new ArrayList<>();     // persons named so far, in order
        factbrief.model.PartialDate reference = story.published();
        boolean framingBefore = false;
        boolean framingPending = false;
        for (Sentence s : a.sentences()) {
            List<Token> ts = s.tokens();
            factbrief.model.PartialDate dateline = dateline(ts, lex, reference);
            if (dateline != null) {
                reference = dateline;
            }
            if (lex.has(ts, "boilerplate") && ts.size() < 25) {
                continue;
            }
            List<Mention> ms = story.mentions().stream()
                    .filter(m -> m.start() >= s.start() && m.end() <= s.end()).toList();
            List<Mention> persons = ms.stream().filter(m -> type(m) == EntityType.PERSON).toList();
            String pronounPerson = null;
            if (persons.isEmpty() && lastPerson != null && (startsWithPronoun(ts, lex) || subjectDropped(ts, lex))) {
                pronounPerson = lastPerson;
            } else if (persons.isEmpty()) {
                pronounPerson = roleSpeaker(ts, lex, named);
            }
            Evidence ev = story.evidence(s.start(), s.end());
            meetings.addAll(meetings(a, s, ms, reference));
            List<Claims.PositionClaim> ps = positions(a, s, ms, persons, pronounPerson, framingBefore,
                    framingPending);
            // "The visit is part of a power struggle ..." names no focus: the next sentence may
            framingPending = ps.isEmpty() && persons.isEmpty() && lex.has(ts, "framing")
                    && ms.stream().noneMatch(m -> cluster.focus().contains(m.entity()))
                    && !lex.has(ts, "say") && !lex.has(ts, "according") && !lex.has(ts, "agree");
            previousTargets = ms.stream().map(Mention::entity).filter(cluster.focus()::contains).toList();
            positions.addAll(ps);
            framingBefore = ps.stream().anyMatch(p -> p.kind() == PositionKind.FRAMING);
            Claims.FollowUpClaim previous = null;
            for (List<Token> clause : clauses(ts, lex)) {
                int cs = clause.get(0).start();
                int ce = clause.get(clause.size() - 1).end();
                List<Mention> cm = ms.stream().filter(m -> m.start() >= cs && m.end() <= ce).toList();
                Optional<Claims.FollowUpClaim> f = followUp(a, s, clause, cm, negated);
                if (f.isEmpty() && previous != null) {
                    f = continuedAction(a, clause, cm, previous);
                }
                f.ifPresent(followUps::add);
                previous = f.orElse(null);
            }
            values.addAll(values(a, s, ms));
            if (!persons.isEmpty()) {
                lastPerson = persons.get(0).entity();
            }
            persons.forEach(m -> named.add(m.entity()));
            if (ev.text().isEmpty()) {
                throw new IllegalStateException("empty sentence");
            }
        }
        positions.addAll(spanningQuotes(a));
        return new Claims(story.id(), meetings, positions, followUps, values, negated);
    }

    private static final Pattern LONG_QUOTE = Pattern.compile(
            "“([^”]{20,2000})”|«([^»]{20,2000})»|„([^“”\"]{20,2000})[“”\"]|\"([^\"]{20,2000})\"");

    /**
     * Quotes that run over several sentences, attributed by the sentence that closes them ("...", explicó el
     * ministro X). Their target is a focus entity named in the quote or just before it.
     */
    private List<Claims.PositionClaim> spanningQuotes(AnalyzedStory a) {
        List<Claims.PositionClaim> out = new ArrayList<>();
        Story story = a.story();
        Matcher m = LONG_QUOTE.matcher(story.text());
        while (m.find()) {
            Optional<Sentence> open = a.sentenceAt(m.start());
            Optional<Sentence> close = a.sentenceAt(Math.max(m.start(), m.end() - 1));
            if (open.isEmpty() || close.isEmpty() || open.get().index() == close.get().index()) {
                continue;
            }
            Sentence cs = close.get();
            int after = cs.tokenAt(m.end());
            List<Token> tail = cs.tokens().subList(Math.min(after, cs.tokens().size()), cs.tokens().size());
            if (!a.lexicon().has(tail, "say")) {
                continue;
            }
            String holder = null;
            for (Mention pm : story.mentions()) {
                if (pm.start() >= m.end() && pm.end() <= cs.end() && type(pm) == EntityType.PERSON) {
                    holder = pm.entity();
                    break;
                }
            }
            if (holder == null) {
                // "…," the minister said: the last person named before the quote with that role
                List<String> named = story.mentions().stream()
                        .filter(pm -> pm.end() <= m.start() && type(pm) == EntityType.PERSON)
                        .map(Mention::entity).toList();
                holder = roleSpeaker(tail, a.lexicon(), named);
            }
            if (holder == null) {
                continue;
            }
            int before = Math.max(0, open.get().index() - 1);
            int ctxStart = a.sentences().get(before).start();
            Set<String> targets = new LinkedHashSet<>();
            for (Mention tm : story.mentions()) {
                if (cluster.focus().contains(tm.entity()) && tm.start() >= ctxStart && tm.end() <= m.end()) {
                    targets.add(tm.entity());
                }
            }
            String content = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2)
                    : m.group(3) != null ? m.group(3) : m.group(4);
            String first = a.sentences().stream().filter(x -> x.start() >= m.start() && x.start() <= m.start() + 2)
                    .findFirst().map(x -> content.substring(0, Math.min(content.length(), x.end() - m.start() - 1)))
                    .orElse(content).strip();
            List<Token> quoteTokens = new ArrayList<>();
            a.sentences().stream().filter(x -> x.end() > m.start() && x.start() < m.end())
                    .forEach(x -> quoteTokens.addAll(x.tokens()));
            Stance stance = stance(quoteTokens, a.lexicon());
            String name = cluster.entity(holder).map(Entity::name).orElse(holder);
            String holderCountry = cluster.entity(holder).map(Entity::country).orElse(null);
            for (String t : targets) {
                if (!t.equals(holder) && !cluster.entity(t).map(Entity::name).orElse(t).equals(holderCountry)) {
                    out.add(new Claims.PositionClaim(holder, name, t, PositionKind.STATEMENT, stance,
                            first.replaceAll("[.,;:]$", ""), a.language(), story.evidence(m.start(), cs.end())));
                }
            }
        }
        return out;
    }

    private EntityType type(Mention m) {
        return cluster.entity(m.entity()).map(Entity::type).orElse(EntityType.OTHER);
    }

    /**
     * Whether the sentence opens with a personal pronoun. Accents count here: Spanish "él" (he) is a pronoun, "el"
     * (the) is not.
     */
    private static boolean startsWithPronoun(List<Token> ts, Lexicon lex) {
        for (int i = 0; i < Math.min(3, ts.size()); i++) {
            String word = ts.get(i).text().toLowerCase(java.util.Locale.ROOT);
            if (lex.list("pronoun").stream().anyMatch(p -> p.source().equals(word))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A quote closed by a reporting verb with no subject ("“...”, añadió.", "«...», ha aggiunto."): in languages
     * that drop the subject, the speaker is the last person named.
     */
    /** Words that open a subject after a reporting verb: articles, determiners and pronouns. */
    private static final Set<String> SUBJECT_OPENERS = Set.of("the", "a", "an", "he", "she", "they", "el", "la",
            "los", "las", "un", "una", "uno", "unos", "unas", "ella", "ellos", "il", "lo", "gli", "i", "le", "lei",
            "lui", "o", "os", "as", "um", "uma", "ele", "ela", "der", "die", "das", "ein", "eine", "er", "sie",
            "les", "une", "des", "elle", "ils", "elles", "este", "esta", "ese", "esa", "questo", "questa", "this",
            "that");

    private static boolean subjectDropped(List<Token> ts, Lexicon lex) {
        for (Lexicon.Match m : lex.find(ts, "say")) {
            int j = m.from() - 1;
            if (j >= 2 && ts.get(j).isWord() && !ts.get(j).isCapitalized() && ts.get(j).text().length() <= 3) {
                j--;        // an auxiliary: "», ha dichiarato", "», a déclaré"
            }
            boolean afterQuote = j >= 1 && ts.get(j).text().equals(",") && ts.get(j - 1).text().matches("[”\"»“]");
            boolean atEnd = ts.size() - m.to() <= 1;
            // "«…», ha dichiarato dopo il vertice": a circumstance follows, not a subject ("dijo un
            // portavoz", "said the minister")
            boolean circumstance = !atEnd && ts.get(m.to()).isWord() && !ts.get(m.to()).isCapitalized()
                    && !SUBJECT_OPENERS.contains(ts.get(m.to()).folded());
            if (afterQuote && (atEnd || circumstance)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The person a role title stands for next to a reporting verb, in a sentence that names nobody ("…," the
     * minister said; declaró la ministra; sagte der Minister): the last person named before who holds that role,
     * or null.
     */
    private String roleSpeaker(List<Token> ts, Lexicon lex, List<String> named) {
        if (named.isEmpty()) {
            return null;
        }
        List<Lexicon.Match> says = lex.find(ts, "say");
        if (says.isEmpty()) {
            return null;
        }
        for (int i = 1; i < ts.size(); i++) {
            for (Lexicon.Role r : lex.roles()) {
                if (!r.pattern().matchesAt(ts, i)) {
                    continue;
                }
                int from = i;
                int to = i + r.pattern().length();
                boolean determiner = !ts.get(i - 1).isCapitalized() && ts.get(i - 1).isWord()
                        && ts.get(i - 1).text().length() <= 3 || ts.get(i - 1).text().endsWith("'")
                        || ts.get(i - 1).text().endsWith("’");
                boolean nameAfter = to < ts.size() && ts.get(to).isCapitalized(); // "Minister Kettering said"
                // "said the minister" (verb, article, title) or "the minister said" / "the minister then said"
                boolean nextToVerb = says.stream().anyMatch(sy -> sy.to() == from - 1
                        || sy.from() >= to && sy.from() - to <= 1);
                if (!determiner || nameAfter || !nextToVerb) {
                    continue;
                }
                for (int k = named.size() - 1; k >= 0; k--) {
                    Entity e = cluster.entity(named.get(k)).orElse(null);
                    if (e != null && e.roles().stream().anyMatch(x -> x.startsWith(r.role())
                            || r.role().startsWith(x))) {
                        return e.id();
                    }
                }
                return null;
            }
        }
        return null;
    }

    private int tokenIndex(Sentence s, int charOffset) {
        return s.tokenAt(charOffset);
    }

    // ---- meetings -------------------------------------------------------------------------------------------

    /** A dateline ("WASHINGTON, June 12, 2013 -") sets the day relative dates count from. */
    private static factbrief.model.PartialDate dateline(List<Token> ts, Lexicon lex,
                                                        factbrief.model.PartialDate published) {
        if (ts.size() < 4 || !ts.get(0).isCapitalized() || !ts.get(0).text().equals(
                ts.get(0).text().toUpperCase(java.util.Locale.ROOT)) || !ts.get(1).text().equals(",")) {
            return null;
        }
        Optional<DateFinder.Found> d = DateFinder.find(ts.subList(0, Math.min(ts.size(), 8)), lex, published);
        return d.filter(DateFinder.Found::explicit).map(f -> factbrief.model.PartialDate.of(f.date())).orElse(null);
    }

    /**
     * Meetings of a sentence. "X met Y at the Pentagon after Z's talks with W" holds two: a clause opened by a
     * sequence word ("after", "tras", "nachdem") and closed by the next comma is a meeting of its own; the rest of the
     * sentence is the other.
     */
    private List<Claims.MeetingClaim> meetings(AnalyzedStory a, Sentence s, List<Mention> ms,
                                               factbrief.model.PartialDate reference) {
        List<Token> ts = s.tokens();
        List<Mention> persons = ms.stream().filter(m -> type(m) == EntityType.PERSON).toList();
        Optional<Claims.MeetingClaim> whole = meeting(a, s, ts, ms, persons, reference);
        boolean[] sub = new boolean[ts.size()];
        List<int[]> clauses = new ArrayList<>();
        for (Lexicon.Match m : a.lexicon().find(ts, "sequence")) {
            int end = m.to();
            while (end < ts.size() && !ts.get(end).text().equals(",")) {
                end++;
            }
            clauses.add(new int[] {m.from(), end});
            for (int k = m.from(); k < end; k++) {
                sub[k] = true;
            }
        }
        List<Claims.MeetingClaim> out = new ArrayList<>();
        List<Token> main = new ArrayList<>();
        for (int k = 0; k < ts.size(); k++) {
            if (!sub[k]) {
                main.add(ts.get(k));
            }
        }
        partMeeting(a, s, main, ms, reference).ifPresent(out::add);
        for (int[] c : clauses) {
            partMeeting(a, s, ts.subList(c[0], c[1]), ms, reference).ifPresent(out::add);
        }
        // split only when the parts are meetings of their own
        return out.size() >= 2 ? out : whole.map(List::of).orElse(List.of());
    }

    /**
     * "A and B signed two memoranda", "unterzeichneten A und B", "suscritos por A y B": people of two different
     * countries signing together have met (people of unknown country are left out: a name mistaken for a person's
     * would make a meeting of a loan "signed with" a bank).
     */
    private boolean jointSigning(List<Token> ts, Lexicon lex, List<Mention> persons) {
        if (!lex.has(ts, "sign")) {
            return false;
        }
        Set<String> countries = new java.util.HashSet<>();
        for (Mention m : persons) {
            cluster.entity(m.entity()).map(Entity::country).ifPresent(countries::add);
        }
        return countries.size() >= 2;
    }

    private Optional<Claims.MeetingClaim> partMeeting(AnalyzedStory a, Sentence s, List<Token> part,
                                                      List<Mention> ms, factbrief.model.PartialDate reference) {
        if (part.isEmpty() || !a.lexicon().has(part, "meet") && !a.lexicon().has(part, "ceremony")
                && !a.lexicon().has(part, "sign")) {
            return Optional.empty();
        }
        List<Mention> pm = ms.stream().filter(m -> part.stream()
                .anyMatch(t -> m.start() >= t.start() && m.start() < t.end())).toList();
        List<Mention> pp = pm.stream().filter(m -> type(m) == EntityType.PERSON).toList();
        return pp.isEmpty() ? Optional.empty() : meeting(a, s, part, pm, pp, reference);
    }

    private Optional<Claims.MeetingClaim> meeting(AnalyzedStory a, Sentence s, List<Token> ts, List<Mention> ms,
                                                  List<Mention> persons, factbrief.model.PartialDate reference) {
        Lexicon lex = a.lexicon();
        boolean meet = lex.has(ts, "meet") || lex.has(ts, "ceremony"); // a joint ceremony brings them together
        // "X and Y also took part", "En la cita participaron también X y Y": present at the meeting told before
        List<Lexicon.Match> meetWords = lex.find(ts, "meet");
        boolean attendance = lex.find(ts, "attend").stream().anyMatch(at -> lex.find(ts, "also").stream()
                .anyMatch(al -> (al.to() <= at.from() || at.to() <= al.from())
                        && Math.max(al.from() - at.to(), at.from() - al.to()) <= 2)
                // "X and Y attended the meeting": the meeting told before
                || meetWords.stream().anyMatch(mw -> mw.from() - at.to() == 1
                        && "DET".equals(ts.get(at.to()).pos())));
        boolean delegation = (lex.has(ts, "delegation") || attendance) && lex.has(ts, "also");
        if (!(meet || delegation || jointSigning(ts, lex, persons)) || persons.isEmpty()) {
            return Optional.empty();
        }
        List<Lexicon.Match> says = lex.find(ts, "say");
        List<Lexicon.Match> according = lex.find(ts, "according");
        Set<String> who = new LinkedHashSet<>();
        List<Lexicon.Match> absent = lex.find(ts, "absent");
        Set<String> away = new java.util.HashSet<>();   // "X, que não participou da reunião": not there
        for (Mention m : persons) {
            int end = s.tokenAt(m.end() - 1);
            if (absent.stream().anyMatch(x -> x.from() > end && x.from() - end <= 5)) {
                away.add(m.entity());
            }
        }
        for (Mention m : persons) {
            if (isSpeakerOnly(s, m, says, according, ts) || away.contains(m.entity())) {
                continue;
            }
            who.add(m.entity());
        }
        if (who.isEmpty()) {
            return Optional.empty();
        }
        // the place: a facility where it happened ("at the Pentagon", not one merely named), then the city
        List<String> places = new ArrayList<>();
        for (Mention m : ms) {
            if (type(m) == EntityType.FACILITY && precededByLocative(s, m)) {
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
        List<Token> dated = ts;
        if (dateline(s.tokens(), lex, reference) != null) {
            for (int k = 0; k < Math.min(12, ts.size()); k++) {
                if (ts.get(k).text().matches("[-–—]")) {
                    dated = ts.subList(k + 1, ts.size()); // the dateline's own date is when it was filed
                    break;
                }
            }
        }
        Optional<DateFinder.Found> date = DateFinder.find(dated, lex, reference);
        if (date.isEmpty() && dated == ts) {
            date = DateFinder.find(s.tokens(), lex, reference);
        }
        List<String> participants = delegation && !meet ? List.of() : List.copyOf(who);
        List<String> also = delegation && !meet ? List.copyOf(who) : List.of();
        List<Lexicon.Match> accompany = lex.find(ts, "accompany");
        if (!accompany.isEmpty() && !(delegation && !meet)) {
            // "X, who accompanied Y, ...": X was there too, Y is the one met
            int cueAt = s.tokenAt(ts.get(accompany.get(0).from()).start());
            Mention companion = null;
            for (Mention m : persons) {
                if (s.tokenAt(m.start()) < cueAt && who.contains(m.entity())) {
                    companion = m;
                }
            }
            if (companion != null && who.size() >= 2) {
                String c = companion.entity();
                participants = who.stream().filter(w -> !w.equals(c)).toList();
                also = List.of(c);
            }
        }
        if (delegation && meet && !attendance) {
            participants = List.copyOf(who);
        } else if (attendance) {
            participants = List.of();
            also = List.copyOf(who);
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
        String prev2 = i > 1 ? s.tokens().get(i - 2).folded() : "";
        Set<String> locatives = Set.of("in", "at", "en", "a", "à", "au", "im", "am", "vom", "nach", "desde", "from",
                "dal", "nel", "al", "no", "na", "dans");
        if (Set.of("the", "el", "la", "le", "der", "dem", "il", "o").contains(prev) && locatives.contains(prev2)) {
            return true;
        }
        return locatives.contains(prev) || prev.equals("de") && i == 1
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
        List<Token> all = s.tokens();
        for (Lexicon.Match sy : says) {
            boolean afterComma = sy.from() > 0 && all.get(sy.from() - 1).text().matches("[,”\"»“]");
            // "..., informó el canciller X." / "..., said X": the one who reports, not one who met
            if (afterComma && i >= sy.to() && i - sy.to() <= 8) {
                return true;
            }
            // "..., X said."
            if (i > 0 && all.get(i - 1).text().matches("[,”\"»]") && sy.from() > i && sy.from() - i <= 4
                    && sy.to() >= all.size() - 2) {
                return true;
            }
        }
        return false;
    }

    // ---- positions ------------------------------------------------------------------------------------------

    private List<Claims.PositionClaim> positions(AnalyzedStory a, Sentence s, List<Mention> ms,
                                                 List<Mention> persons, String pronounPerson,
                                                 boolean framingBefore, boolean framingPending) {
        List<Claims.PositionClaim> out = new ArrayList<>();
        Set<String> targets = new LinkedHashSet<>();
        Set<String> sideTargets = new LinkedHashSet<>(); // kept for a third party's speaker, or with no focus
        for (Mention m : ms) {
            String t = capitalCountries.getOrDefault(m.entity(), m.entity()); // "Washington said"
            if (cluster.focus().contains(t)) {
                targets.add(t);
            } else if (sides.contains(t)) {
                targets.add(t); // no third-party topic: what each side says about the other
                sideTargets.add(t);
            }
        }
        if (cluster.focus().isEmpty()) {
            // nor a focus: a treaty or initiative named in the quote is what the speaker talks about, more
            // precisely than the countries around it
            Set<String> topics = new LinkedHashSet<>();
            for (Mention m : ms) {
                EntityType t = type(m);
                if ((t == EntityType.OTHER || t == EntityType.EVENT) && insideQuote(s.text(), m.start() - s.start())) {
                    topics.add(m.entity());
                }
            }
            if (!topics.isEmpty()) {
                targets.clear();
                targets.addAll(topics);
            }
        }
        if (targets.isEmpty() && previousTargets != null && !previousTargets.isEmpty()
                && a.lexicon().find(s.tokens(), "anaphor").stream().anyMatch(m -> m.from() <= 1)) {
            targets.addAll(previousTargets); // "Dies sei ein historischer Moment", sagte X
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
        Mention holderMention = null;
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
                        holderMention = m;
                    }
                }
                if (says.isEmpty() && quote != null && holder == null) {
                    holder = m.entity();
                }
            }
            if (holder == null && pronounPerson != null && !says.isEmpty()) {
                holder = pronounPerson;
            }
            if (holder == null && persons.isEmpty() && !says.isEmpty()) {
                // "Peru's foreign ministry stressed ...": a government body speaks (countries are left out: "China
                // said" is too often a journalist's shorthand or a machine translation's garble)
                int best2 = Integer.MAX_VALUE;
                for (Mention m : ms) {
                    EntityType t = type(m);
                    if (t == EntityType.ORG && !targets.contains(m.entity()) && !insideQuote(s.text(),
                            m.start() - s.start())) {
                        int i = tokenIndex(s, m.start());
                        for (Lexicon.Match sy : says) {
                            int d = sy.from() - i; // the body comes before its verb
                            if (d > 0 && d <= 3 && d < best2) {
                                best2 = d;
                                holder = m.entity();
                            }
                        }
                    }
                }
            }
        }
        Stance stance = stance(ts, lex);
        Evidence ev = a.story().evidence(s.start(), s.end());
        String holderCountry = holder == null ? null : cluster.entity(holder).map(Entity::country).orElse(null);
        boolean thirdParty = holderCountry != null && sides.stream().map(id -> cluster.entity(id)
                .map(Entity::name).orElse(id)).noneMatch(holderCountry::equals);
        if (!cluster.focus().isEmpty() && !thirdParty) {
            targets.removeAll(sideTargets); // a side on the other side: only when the cluster has no topic
        }
        if (holderCountry != null) {
            targets.removeIf(t -> holderCountry.equals(cluster.entity(t).map(Entity::name).orElse(null)));
        }
        if (targets.isEmpty()) {
            return out;
        }
        Mention partner = holderMention == null ? null : partner(s, persons, holderMention, targets, says, lex);
        if (partner != null) {
            boolean holderFirst = holderMention.start() < partner.start();
            List<Claims.PositionClaim> joint = jointPositions(a, holderFirst ? holder : partner.entity(),
                    holderFirst ? partner.entity() : holder, targets, stance, quote, ev);
            if (!joint.isEmpty()) {
                return joint;
            }
        }
        for (String target : targets) {
            if (cluster.focus().isEmpty() && (holderCountry == null
                    || holderCountry.equals(cluster.entity(target).map(Entity::name).orElse(null)))) {
                continue;
            }
            if (holder != null && !holder.equals(target)) {
                String name = cluster.entity(holder).map(Entity::name).orElse(holder);
                out.add(new Claims.PositionClaim(holder, name, target, PositionKind.STATEMENT, stance, quote,
                        a.language(), ev));
            } else if (holder == null && persons.isEmpty() && !cluster.focus().isEmpty() && lex.has(ts, "framing")) {
                out.add(new Claims.PositionClaim(null, a.story().sourceName(), target, PositionKind.FRAMING,
                        Stance.NEUTRAL, null, a.language(), ev));
            } else if (holder == null && persons.isEmpty() && !cluster.focus().isEmpty()
                    && (framingBefore && lex.find(ts, "continuation").stream().anyMatch(c -> c.from() < 4)
                    || framingPending && says.isEmpty() && quote == null)) {
                // "... im Kontext einer Allianz mit China. Dazu gehört ... Marisol": the framing and its sequel
                Sentence prev = a.sentences().get(s.index() - 1);
                out.add(new Claims.PositionClaim(null, a.story().sourceName(), null, target, null,
                        PositionKind.FRAMING, Stance.NEUTRAL, null, a.language(),
                        a.story().evidence(prev.start(), s.end()), true));
            }
        }
        return out;
    }

    /**
     * The second speaker of a joint subject ("A and B reaffirmed", "A y el presidente B destacaron"): a person
     * joined to the holder by "and" (titles allowed in between), both named before the reporting verb.
     */
    private Mention partner(Sentence s, List<Mention> persons, Mention holder, Set<String> targets,
                            List<Lexicon.Match> says, Lexicon lex) {
        for (Mention m : persons) {
            if (m.entity().equals(holder.entity()) || targets.contains(m.entity())) {
                continue;
            }
            Mention first = m.start() < holder.start() ? m : holder;
            Mention second = first == m ? holder : m;
            int from = s.tokenAt(first.end() - 1) + 1;
            int to = s.tokenAt(second.start());
            if (from <= 0 || to <= from || to - from > 4 || to >= s.tokens().size()) {
                continue;
            }
            List<Token> between = s.tokens().subList(from, to);
            if (!lex.isWord(between.get(0).folded(), "and")
                    || between.stream().skip(1).anyMatch(t -> !t.isWord() || lex.isWord(t.folded(), "and"))
                    || lex.has(between, "say") || lex.has(between, "meet")) {
                continue;
            }
            int after = s.tokenAt(second.end() - 1);
            if (says.stream().anyMatch(sy -> sy.from() > after && sy.from() - after <= 6)) {
                return m;
            }
        }
        return null;
    }

    /**
     * A statement two people make together. On a focus target it is theirs jointly; with no focus, two speakers
     * from different countries speak about the relations between them.
     */
    private List<Claims.PositionClaim> jointPositions(AnalyzedStory a, String holder, String partner,
                                                      Set<String> targets, Stance stance, String quote,
                                                      Evidence ev) {
        String name = String.join(" / ", cluster.entity(holder).map(Entity::name).orElse(holder),
                cluster.entity(partner).map(Entity::name).orElse(partner));
        if (!cluster.focus().isEmpty()) {
            return targets.stream().filter(cluster.focus()::contains).map(t -> new Claims.PositionClaim(
                    holder, name, partner, t, null, PositionKind.STATEMENT, stance, quote, a.language(), ev)).toList();
        }
        String c1 = cluster.entity(holder).map(Entity::country).orElse(null);
        String c2 = cluster.entity(partner).map(Entity::country).orElse(null);
        if (c1 == null || c2 == null || c1.equals(c2)) {
            return List.of();
        }
        return List.of(new Claims.PositionClaim(holder, name, partner, null, c1 + " – " + c2,
                PositionKind.STATEMENT, stance, quote, a.language(), ev));
    }

    /** The countries the cluster's people come from, as entity ids. */
    private static Set<String> sides(Cluster cluster) {
        Set<String> names = factbrief.model.Sides.of(cluster.entities(), cluster.stories());
        Set<String> ids = new LinkedHashSet<>();
        cluster.entities().stream().filter(e -> e.type() == EntityType.GPE && names.contains(e.name())
                && e.name().equals(e.country())).forEach(e -> ids.add(e.id()));
        return ids;
    }

    /** Whether a char offset of a sentence lies between an opening and a closing quotation mark. */
    private static boolean insideQuote(String sentence, int at) {
        Matcher m = QUOTE.matcher(sentence);
        while (m.find()) {
            if (at >= m.start() && at < m.end()) {
                return true;
            }
        }
        return false;
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

    /**
     * Stance from the sentence's cue words; a cue with a negation just before it counts for the other side ("is
     * not a threat", "no es un peligro", "keine Gefahr", "n'est pas une menace").
     */
    private static Stance stance(List<Token> ts, Lexicon lex) {
        List<Lexicon.Match> negations = lex.find(ts, "negation");
        int neg = 0;
        int pos = 0;
        for (Lexicon.Match m : lex.find(ts, "negative")) {
            if (negated(m, negations)) {
                pos++;
            } else {
                neg++;
            }
        }
        for (Lexicon.Match m : lex.find(ts, "positive")) {
            if (negated(m, negations)) {
                neg++;
            } else {
                pos++;
            }
        }
        if (neg > 0 && pos > 0) {
            return neg >= 2 * pos ? Stance.NEGATIVE : pos >= 2 * neg ? Stance.POSITIVE : Stance.MIXED;
        }
        return neg > 0 ? Stance.NEGATIVE : pos > 0 ? Stance.POSITIVE : Stance.NEUTRAL;
    }

    private static boolean negated(Lexicon.Match cue, List<Lexicon.Match> negations) {
        return negations.stream().anyMatch(n -> n.to() <= cue.from() && cue.from() - n.to() <= 2);
    }

    // ---- follow-ups -----------------------------------------------------------------------------------------

    /** Clauses of a sentence for follow-ups: split at ";" and at a comma followed by a conjunction. */
    private static List<List<Token>> clauses(List<Token> ts, Lexicon lex) {
        List<List<Token>> out = new ArrayList<>();
        int from = 0;
        for (int i = 0; i < ts.size(); i++) {
            boolean cut = ts.get(i).text().equals(";") || ts.get(i).text().equals(",") && i + 1 < ts.size()
                    && lex.isWord(ts.get(i + 1).folded(), "conj");
            if (cut) {
                if (i > from) {
                    out.add(ts.subList(from, i));
                }
                from = i + 1;
            }
        }
        if (from < ts.size()) {
            out.add(ts.subList(from, ts.size()));
        }
        return out;
    }

    private Optional<Claims.FollowUpClaim> followUp(AnalyzedStory a, Sentence s, List<Token> ts, List<Mention> ms,
                                                    List<Evidence> negated) {
        Lexicon lex = a.lexicon();
        List<Mention> persons = ms.stream().filter(m -> type(m) == EntityType.PERSON).toList();
        Set<String> concepts = Concepts.shared().find(ts, a.language());
        concepts.remove("security-cooperation");
        boolean visit = concepts.remove("visit");
        List<Lexicon.Match> agree = new ArrayList<>(lex.find(ts, "agree"));
        List<Lexicon.Match> commit = lex.find(ts, "commit");
        List<Lexicon.Match> consider = lex.find(ts, "consider");
        List<Lexicon.Match> propose = lex.find(ts, "propose");
        List<Lexicon.Match> plan = lex.find(ts, "plan");
        List<Lexicon.Match> neg = lex.find(ts, "negation");
        // "will meet", "plans to visit", "se reunirá": the plan governs the meeting; not "after the meeting, '...will
        // be...'" nor "die geplante Bahnstrecke"
        List<Lexicon.Match> meets = lex.find(ts, "meet");
        boolean meetingPlanned = plan.stream().anyMatch(p -> verbCue(ts, p)
                && !(p.from() > 0 && "DET".equals(ts.get(p.from() - 1).pos()))
                && !insideQuote(s.text(), ts.get(p.from()).start() - s.start())
                && meets.stream().anyMatch(m -> Math.abs(m.from() - p.from()) <= 3)
                // "agreed to set up a panel, which will meet in July": the agreement governs
                && agree.stream().noneMatch(g -> g.from() < p.from() && verbCue(ts, g)));
        if (concepts.isEmpty() && agree.isEmpty() && consider.isEmpty() && commit.isEmpty() && propose.isEmpty()
                && plan.isEmpty()) {
            return Optional.empty();
        }
        if (inPastYear(ts, a.story().published())) {
            return Optional.empty(); // "The loan, signed with the bank in 2029, ...": history, not a follow-up
        }
        // an action no concept names: a clear cue, a party, and an action after the cue
        boolean generic = concepts.isEmpty() && !meetingPlanned && !visit;
        Evidence ev = a.story().evidence(ts.get(0).start(), ts.get(ts.size() - 1).end());
        List<Lexicon.Match> negatable = new ArrayList<>(agree);
        negatable.addAll(lex.find(ts, "agreementNoun"));
        for (Lexicon.Match g : negatable) {
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
        if (generic) {
            return genericFollowUp(a, s, ts, ms, agree, commit, consider, propose, plan, ev);
        }
        if (considered && !concepts.isEmpty()) {
            status = FollowUpStatus.UNDER_CONSIDERATION;
            cue = consider.get(0);
        } else if (!propose.isEmpty() && (!concepts.isEmpty() || meetingPlanned || visit)) {
            status = FollowUpStatus.PROPOSED;
            cue = propose.get(0);
        } else if (!agree.isEmpty() && !concepts.isEmpty()) {
            status = FollowUpStatus.AGREED;
            cue = agree.get(0);
        } else if (!commit.isEmpty() && !concepts.isEmpty()) {
            // a commitment by both sides is an agreement; by one side, a plan
            boolean both = lex.has(ts, "both") || commit.stream().anyMatch(c -> ts.subList(c.from(), c.to())
                    .stream().anyMatch(t -> PLURAL_VERB.matcher(t.folded()).find() && t.folded().length() > 6));
            status = both ? FollowUpStatus.AGREED : FollowUpStatus.PLANNED;
            cue = commit.get(0);
        } else if (!plan.isEmpty() && (!concepts.isEmpty() || meetingPlanned)
                && lex.find(ts, "belief").stream().noneMatch(b -> b.from() < plan.get(0).from())) {
            // "X is convinced that Y will improve" is an opinion about the future, not a planned action
            status = FollowUpStatus.PLANNED;
            cue = plan.get(0);
        } else {
            return Optional.empty();
        }
        if (lex.has(ts, "machine")) {
            return Optional.empty();
        }
        if (visit && concepts.isEmpty()) {
            concepts = new LinkedHashSet<>(concepts);
            concepts.add("visit");
        }
        int from = Math.min(cue.from(), ts.size() - 1);
        int clauseEnd = ts.get(ts.size() - 1).end();
        String action = a.story().text().substring(ts.get(from).start(), clauseEnd).strip();
        if (action.length() < 12) {
            action = a.story().text().substring(ts.get(0).start(), clauseEnd).strip();
        }
        List<String> parties = parties(ms);
        boolean reported = lex.has(ts, "reported");
        return Optional.of(new Claims.FollowUpClaim(action, status, parties, concepts, reported, ev));
    }

    /**
     * A follow-up no concept names ("agreed to hold the next session of the joint commission", "China would send a
     * delegation of buyers"). Stricter than a known concept: not in a headline; the cue is a verb (where the
     * language has a tagger), not negated, and followed by an action rather than "that" (an opinion) or a quote (a
     * statement); a party is named in the clause; a plan needs its party as the subject right before "will" and a
     * verb after it; a proposal or a consideration needs an infinitive right after it ("asked X to", "evaluará
     * abrir"); weak modals and explorations ("could", "explored ways") are no follow-up. Of several cues the first
     * governs ("propuso crear un mecanismo de evaluación" is a proposal), except that agreeing to study is only
     * considering.
     */
    private Optional<Claims.FollowUpClaim> genericFollowUp(AnalyzedStory a, Sentence s, List<Token> ts,
                                                          List<Mention> ms, List<Lexicon.Match> agree,
                                                          List<Lexicon.Match> commit, List<Lexicon.Match> consider,
                                                          List<Lexicon.Match> propose, List<Lexicon.Match> plan,
                                                          Evidence ev) {
        Lexicon lex = a.lexicon();
        if (lex.has(ts, "machine") || headline(s)) {
            return Optional.empty();
        }
        List<String> parties = parties(ms);
        boolean both = lex.has(ts, "both");
        if (parties.isEmpty() && !both) {
            return Optional.empty();
        }
        List<Lexicon.Match> negations = lex.find(ts, "negation");
        List<Lexicon.Match> cues = new ArrayList<>();
        java.util.Map<Lexicon.Match, FollowUpStatus> kind = new java.util.HashMap<>();
        for (Lexicon.Match c : consider) {
            if ((c.to() - c.from() > 1 || !isWeakModal(c) && !c.entry().startsWith("explor"))
                    && (infinitiveAfter(ts, c, lex, 2) || objectAfter(ts, c, lex))) {
                cues.add(c);
                kind.put(c, FollowUpStatus.UNDER_CONSIDERATION);
            }
        }
        for (Lexicon.Match c : propose) {
            // "Asked about the port, X said ..." opens with the cue: a question put to a speaker, not a request
            boolean question = c.from() == 0 && lex.has(ts, "say");
            if (!question && (infinitiveAfter(ts, c, lex, 5) || thatAfter(ts, c, lex))) {
                cues.add(c);
                kind.put(c, FollowUpStatus.PROPOSED);
            }
        }
        for (Lexicon.Match c : agree) {
            cues.add(c);
            kind.put(c, FollowUpStatus.AGREED);
        }
        for (Lexicon.Match c : commit) {
            boolean plural = both || ts.subList(c.from(), c.to()).stream()
                    .anyMatch(t -> PLURAL_VERB.matcher(t.folded()).find() && t.folded().length() > 6);
            cues.add(c);
            kind.put(c, plural ? FollowUpStatus.AGREED : FollowUpStatus.PLANNED);
        }
        boolean opinion = !lex.find(ts, "belief").isEmpty();
        for (Lexicon.Match p : plan) {
            boolean subject = ms.stream().anyMatch(m -> isParty(m) && s.tokenAt(m.end() - 1) < p.from()
                    && p.from() - s.tokenAt(m.end() - 1) <= 2);
            if (subject && !opinion && verbAfter(ts, p)) {
                cues.add(p);
                kind.put(p, FollowUpStatus.PLANNED);
            }
        }
        cues.removeIf(c -> !verbCue(ts, c) || negated(c, negations)
                || c.from() > 0 && "DET".equals(ts.get(c.from() - 1).pos()) // "a planned port": attributive
                || insideQuote(s.text(), ts.get(c.from()).start() - s.start()) // a quote is a statement
                || !actionAfter(ts, c, lex, kind.get(c) == FollowUpStatus.PROPOSED)
                || kind.get(c) == FollowUpStatus.AGREED && importanceAfter(ts, c, lex));
        if (cues.isEmpty()) {
            return Optional.empty();
        }
        cues.sort(java.util.Comparator.comparingInt(Lexicon.Match::from));
        Lexicon.Match cue = cues.get(0);
        FollowUpStatus status = kind.get(cue);
        if ((status == FollowUpStatus.AGREED || status == FollowUpStatus.PLANNED) && consider.stream()
                .anyMatch(c -> c.from() >= cue.to() && c.from() - cue.to() <= 2 && !isWeakModal(c))) {
            status = FollowUpStatus.UNDER_CONSIDERATION; // "agreed to study", "acordaron evaluar", "would study"
        }
        int end = actionEnd(ts, cue, lex);
        String action = a.story().text().substring(ts.get(cue.from()).start(), ts.get(end - 1).end()).strip();
        return Optional.of(new Claims.FollowUpClaim(action, status, parties, Set.of(), lex.has(ts, "reported"),
                ev, actionKeys(ts.subList(cue.from(), end), ms, lex)));
    }

    /**
     * A second action under the same cue: "agreed to convene the dialogue, and to establish a working group",
     * "acordaron celebrar ..., y crear un grupo de trabajo". The clause opens with "and" and an infinitive.
     */
    private Optional<Claims.FollowUpClaim> continuedAction(AnalyzedStory a, List<Token> clause, List<Mention> ms,
                                                          Claims.FollowUpClaim previous) {
        Lexicon lex = a.lexicon();
        if (!previous.concepts().isEmpty() || previous.keys().isEmpty() || clause.size() < 4
                || !lex.isWord(clause.get(0).folded(), "and") || !clause.get(1).isWord()
                || !lex.isWord(clause.get(1).folded(), "infinitive") || lex.has(clause, "say")) {
            return Optional.empty();
        }
        Lexicon.Match start = new Lexicon.Match(1, 2, clause.get(1).folded());
        int end = actionEnd(clause, start, lex);
        String action = a.story().text().substring(clause.get(1).start(), clause.get(end - 1).end()).strip();
        List<String> parties = new ArrayList<>(previous.parties());
        parties(ms).stream().filter(p -> !parties.contains(p)).forEach(parties::add);
        return Optional.of(new Claims.FollowUpClaim(action, previous.status(), parties, Set.of(), previous.reported(),
                previous.evidence(), actionKeys(clause.subList(1, end), ms, lex)));
    }

    /**
     * Where the action ends: before a reporting tail (", informó el ministerio", ", according to a statement",
     * ", a diplomat said") or at the clause's end.
     */
    private static int actionEnd(List<Token> ts, Lexicon.Match cue, Lexicon lex) {
        List<Lexicon.Match> reporting = new ArrayList<>(lex.find(ts, "say"));
        reporting.addAll(lex.find(ts, "according"));
        for (int i = cue.to() + 2; i < ts.size(); i++) {
            if (ts.get(i).text().equals(",")) {
                int comma = i;
                if (reporting.stream().anyMatch(r -> r.from() > comma && r.from() - comma <= 5)) {
                    return comma;
                }
            }
        }
        return ts.size();
    }

    /**
     * What identifies an action across languages: the entities named in it, its numbers (number words included)
     * and the cognate keys of its longer words.
     */
    private static Set<String> actionKeys(List<Token> action, List<Mention> ms, Lexicon lex) {
        Set<String> keys = new java.util.TreeSet<>();
        int from = action.get(0).start();
        for (Mention m : ms) {
            if (m.start() >= from) {
                keys.add("@" + m.entity());
            }
        }
        java.util.Map<String, Double> numberWords = lex.table("numberWords");
        java.util.Map<String, Double> months = lex.table("months");
        for (Token t : action) {
            String w = t.folded();
            boolean capitalizedMonths = lex.language().equals("en") || lex.language().equals("de");
            if (months.containsKey(w) && (t.isCapitalized() || !capitalizedMonths)) { // not "may", "march"
                keys.add("%" + months.get(w).intValue()); // "in July", "en julio", "im Juli"
            } else if (!w.isEmpty() && Character.isDigit(w.charAt(0))) {
                keys.add("#" + w.replaceAll("[^0-9]", ""));
            } else if (numberWords.containsKey(w) && numberWords.get(w) > 1) {
                keys.add("#" + numberWords.get(w).longValue());
            } else if (t.isWord()) {
                String k = factbrief.text.Cognates.key(w);
                if (k != null) {
                    keys.add(k);
                }
            }
        }
        return keys;
    }

    /**
     * Whether the clause places itself in a year before the story's ("in 2029", "nel 2029", "im Jahr 2029"): a
     * year right after a short word or "year", earlier than the year the story was published.
     */
    private static boolean inPastYear(List<Token> ts, factbrief.model.PartialDate published) {
        if (published == null) {
            return false;
        }
        int now = published.year();
        for (int i = 1; i < ts.size(); i++) {
            String w = ts.get(i).text();
            if (w.length() == 4 && w.chars().allMatch(Character::isDigit)) {
                int year = Integer.parseInt(w);
                String before = ts.get(i - 1).folded();
                boolean placed = ts.get(i - 1).isWord() && (before.length() <= 3 || before.equals("year")
                        || before.equals("jahr") || before.equals("ano") || before.equals("anno")
                        || before.equals("annee"));
                if (placed && year >= 1900 && year < now) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A line with no closing punctuation and few words: a headline or a subhead, which restates the story. */
    private static boolean headline(Sentence s) {
        String t = s.text().strip();
        return s.tokens().size() < 20 && !t.isEmpty() && ".!?:;\"»”“".indexOf(t.charAt(t.length() - 1)) < 0;
    }

    /**
     * A one-word cue must be a verb where the language has a tagger ("signed", "wird"), not a noun or an adjective
     * ("a sign of", "die geplante Bahnstrecke"); a cue of several words names the state itself.
     */
    private static boolean verbCue(List<Token> ts, Lexicon.Match c) {
        String pos = ts.get(c.from()).pos();
        return c.to() - c.from() > 1 || untagged(pos) || pos.equals("VERB") || pos.equals("AUX");
    }

    /** No tagger for the language: no tag, or UD's "X" for every token. */
    private static boolean untagged(String pos) {
        return pos == null || pos.equals("X");
    }

    /** "Agreed on the importance of ...", "coincidieron en la necesidad de ...": shared views, not an action. */
    private static boolean importanceAfter(List<Token> ts, Lexicon.Match c, Lexicon lex) {
        for (int i = c.to(); i < Math.min(ts.size(), c.to() + 4); i++) {
            if (lex.isWord(ts.get(i).folded(), "importance")) {
                return true;
            }
        }
        return false;
    }

    /** A verb soon after the cue ("would send", "wird ... schicken"), where the language has a tagger. */
    private static boolean verbAfter(List<Token> ts, Lexicon.Match cue) {
        if (ts.stream().allMatch(t -> untagged(t.pos()) || "PROPN".equals(t.pos()))) {
            return true;    // no tagger (names are marked PROPN by capitals alone)
        }
        for (int i = cue.to(); i < Math.min(ts.size(), cue.to() + 10); i++) {
            if ("VERB".equals(ts.get(i).pos())) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> ARTICLES = Set.of("a", "an", "the", "un", "una", "uno", "el", "la", "los",
            "las", "um", "uma", "o", "os", "as", "il", "lo", "i", "gli", "le", "une", "les", "l'", "l’", "ein",
            "eine", "einen", "den", "die", "das");

    /**
     * A consideration with a thing as object ("evaluará un proyecto de ley", "is studying the offer"), not an
     * opinion: an article right after a consideration verb. English "consider(s)" is left out ("considers the
     * port a threat" is an opinion).
     */
    private static boolean objectAfter(List<Token> ts, Lexicon.Match cue, Lexicon lex) {
        if (cue.to() >= ts.size() || !ARTICLES.contains(ts.get(cue.to()).folded())) {
            return false;
        }
        String w = cue.entry();
        return !(lex.language().equals("en") && (w.equals("consider") || w.equals("considers")));
    }

    /** An infinitive marker or an infinitive within {@code within} tokens after the cue. */
    private static boolean infinitiveAfter(List<Token> ts, Lexicon.Match cue, Lexicon lex, int within) {
        if (cue.to() - cue.from() > 1) {
            return true; // "under consideration", "à l'étude": the cue names the state itself
        }
        for (int i = cue.to(); i < Math.min(ts.size(), cue.to() + within); i++) {
            if (ts.get(i).isWord() && lex.isWord(ts.get(i).folded(), "infinitive")) {
                return true;
            }
        }
        return false;
    }

    private static boolean thatAfter(List<Token> ts, Lexicon.Match cue, Lexicon lex) {
        return cue.to() < ts.size() && lex.isWord(ts.get(cue.to()).folded(), "that");
    }

    /** Whether an action follows the cue: some words, and neither "that" (an opinion) nor a quote first. */
    private static boolean actionAfter(List<Token> ts, Lexicon.Match cue, Lexicon lex, boolean thatAllowed) {
        int words = 0;
        for (int i = cue.to(); i < ts.size() && words < 3; i++) {
            Token t = ts.get(i);
            if (i == cue.to() && !thatAllowed && lex.isWord(t.folded(), "that")) {
                return false;
            }
            if (i <= cue.to() + 1 && t.text().matches("[\"“”„«»‹›]")) {
                return false;
            }
            if (t.isWord()) {
                words++;
            }
        }
        return words >= 3;
    }

    private boolean isParty(Mention m) {
        EntityType t = type(m);
        return t == EntityType.PERSON || t == EntityType.GPE || t == EntityType.ORG;
    }

    /**
     * The people and countries named; organisations only when nobody else is (a ministry that reports an agreement
     * is its source, not a party).
     */
    private List<String> parties(List<Mention> ms) {
        List<String> parties = new ArrayList<>();
        for (Mention m : ms) {
            EntityType t = type(m);
            Entity e = cluster.entity(m.entity()).orElse(null);
            boolean spokesperson = e != null && e.roles().stream().anyMatch(SPOKESPERSON_ROLES::contains);
            boolean city = e != null && t == EntityType.GPE && e.country() != null && !e.country().equals(e.name());
            if ((t == EntityType.PERSON || t == EntityType.GPE) && !spokesperson && !city
                    && !parties.contains(m.entity())) {
                parties.add(m.entity());
            }
        }
        if (parties.isEmpty()) {
            ms.stream().filter(m -> type(m) == EntityType.ORG).map(Mention::entity).distinct().forEach(parties::add);
        }
        return parties;
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
        // which administration / government: "Harlow administration", "Harlow-Regierung", "gouvernement Harlow"
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
        out.addAll(counts(a, s));
        absent(a, s, ms).ifPresent(out::add);
        return out;
    }

    /**
     * "Minister X did not take part", "X n'a pas pris part à l'entretien", "nahm X nicht an dem Gespräch teil": topic
     * "absent", value the person's entity id (the person named nearest before the cue, else the first named).
     */
    private Optional<Claims.ValueClaim> absent(AnalyzedStory a, Sentence s, List<Mention> ms) {
        List<Lexicon.Match> cues = a.lexicon().find(s.tokens(), "absent");
        List<Mention> persons = ms.stream().filter(m -> type(m) == EntityType.PERSON).toList();
        if (cues.isEmpty() || persons.isEmpty()) {
            return Optional.empty();
        }
        int cue = cues.get(0).from();
        Mention who = persons.get(0);
        for (Mention m : persons) {
            if (s.tokenAt(m.start()) < cue) {
                who = m;
            }
        }
        return Optional.of(new Claims.ValueClaim("absent", who.entity(), 0, a.story().evidence(s.start(), s.end())));
    }

    private static final Set<String> NOUN_RUN = Set.of("NOUN", "PROPN", "ADJ", "NUM", "X", "VERB");

    /**
     * Things counted where someone agrees, plans, announces or signs ("would deliver three helicopters",
     * "anunció la entrega de cuatro helicópteros"): topic "count:" plus the cognate key of the counted noun, so the
     * same thing counted in another language meets it. Times, countries, people and the like are not counted.
     */
    private static List<Claims.ValueClaim> counts(AnalyzedStory a, Sentence s) {
        Lexicon lex = a.lexicon();
        List<Token> ts = s.tokens();
        if (lex.has(ts, "machine")) {
            return List.of();
        }
        // things counted under any name ("400 embarcaciones" = "600 Schiffe", "two memoranda" = "four documents")
        // need no cue; other counts only where something is agreed, planned or said
        boolean cue = lex.has(ts, "agree") || lex.has(ts, "commit") || lex.has(ts, "plan") || lex.has(ts, "say");
        Map<String, Double> things = lex.table("countedThings");
        Map<String, Double> words = lex.table("numberWords");
        boolean tagged = ts.stream().anyMatch(t -> "NOUN".equals(t.pos()) || "VERB".equals(t.pos()));
        List<Claims.ValueClaim> out = new ArrayList<>();
        for (int i = 0; i + 1 < ts.size(); i++) {
            Token t = ts.get(i);
            if (!t.text().matches("\\d{1,5}") && !(words.containsKey(t.folded()) && t.isWord())) {
                continue;
            }
            Double n = Numbers.number(t.text(), a.language(), words);
            boolean amount = lex.table("scale").containsKey(ts.get(i + 1).folded())
                    || i > 0 && (ts.get(i - 1).text().matches("\\p{Sc}|US\\$|\\$")
                    || lex.table("currency").containsKey(ts.get(i - 1).folded()));
            if (n == null || n < 2 || n != Math.floor(n) || amount) {
                continue;
            }
            int noun = -1;
            if (tagged) {
                for (int k = i + 1; k < Math.min(ts.size(), i + 6) && NOUN_RUN.contains(ts.get(k).pos()); k++) {
                    String pos = ts.get(k).pos();
                    boolean newNumber = "NUM".equals(pos) && !"PROPN".equals(ts.get(k - 1).pos())
                            && (ts.get(k).text().matches("\\d[\\d.,]*") || words.containsKey(ts.get(k).folded()));
                    // (not "UH-60", "Type 054")
                    if (newNumber || "VERB".equals(pos) && noun >= 0) {
                        break;      // "two sides signed four documents": each number counts its own noun
                    }
                    if ("NOUN".equals(pos)) {
                        noun = k;
                        if (thing(ts.get(k).folded(), things, a.language()) != null) {
                            break;  // "four cooperation documents covering fisheries": the documents are counted
                        }
                    }
                }
            } else if (ts.get(i + 1).isWord()) {
                noun = i + 1;
            }
            if (noun < 0 || lex.isWord(ts.get(noun).folded(), "countStop")
                    || lex.table("units").containsKey(ts.get(noun).folded())
                    || lex.table("scale").containsKey(ts.get(noun).folded())
                    || lex.table("currency").containsKey(ts.get(noun).folded())) {
                continue;
            }
            Double thing = thing(ts.get(noun).folded(), things, a.language());
            boolean year = t.text().length() == 4 && n >= 1900 && n <= 2100;
            if (thing == null && (!cue || n >= 100 || !t.text().matches("\\d{1,2}|\\D+")) || year) {
                continue;
            }
            String key = thing != null ? "thing" + thing.intValue()
                    : factbrief.text.Cognates.key(ts.get(noun).folded());
            if (key == null) {
                continue;
            }
            out.add(new Claims.ValueClaim("count:" + key, String.valueOf(n.intValue()), n,
                    a.story().evidence(t.start(), ts.get(noun).end())));
        }
        return out;
    }

    /** The kind of a counted thing ("Fangschiffe" is a kind of "Schiffe": German compounds by their head). */
    private static Double thing(String folded, Map<String, Double> things, String language) {
        Double k = things.get(folded);
        if (k == null && language.equals("de")) {
            for (Map.Entry<String, Double> e : things.entrySet()) {
                if (e.getKey().length() >= 5 && folded.endsWith(e.getKey())) {
                    return e.getValue();
                }
            }
        }
        return k;
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

}
