package factbrief.annotate;

import factbrief.model.Entity;
import factbrief.model.EntityType;
import factbrief.model.Mention;
import factbrief.model.PartialDate;
import factbrief.model.Story;
import factbrief.text.Fold;
import factbrief.text.Lexicon;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the clusterer compares between two stories: the linked persons, the other linked entities (places,
 * organisations, facilities), the numbers in the text, word shingles for same-language copies, and a date.
 *
 * @param date      the publication date, else the month and year most often written in the text; null when neither
 * @param weakDate  the latest year written in the text, used only when {@code date} is null; else null
 */
record StoryProfile(String id, Set<String> persons, Set<String> others, Set<String> numbers, Set<String> shingles,
                    PartialDate date, PartialDate weakDate) {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final Pattern NUMBER = Pattern.compile("\\p{N}+(?:[.,'’]\\p{N}+)*");
    private static final Pattern YEAR = Pattern.compile("(?<![\\p{N}.,])(?:19|20)\\d{2}(?!\\p{N}|[.,]\\p{N})");
    private static final Pattern ISO_DATE = Pattern.compile("(?<!\\p{N})((?:19|20)\\d{2})-(\\d{2})-(\\d{2})(?!\\p{N})");
    private static final Set<String> DATE_GLUE = Set.of("de", "del", "of", "du", "the");
    /** Words per shingle. */
    static final int SHINGLE = 4;

    StoryProfile {
        Objects.requireNonNull(id, "id");
        persons = Set.copyOf(persons);
        others = Set.copyOf(others);
        numbers = Set.copyOf(numbers);
        shingles = Set.copyOf(shingles);
    }

    /** The profile of an annotated story; {@code entities} are the cluster's entities by id. */
    static StoryProfile of(Story story, Map<String, Entity> entities) {
        Set<String> persons = new TreeSet<>();
        Set<String> others = new TreeSet<>();
        for (Mention m : story.mentions()) {
            Entity e = entities.get(m.entity());
            if (e == null) {
                continue;
            }
            (e.type() == EntityType.PERSON ? persons : others).add(e.id());
        }
        String text = story.text();
        Set<String> numbers = new HashSet<>();
        Matcher n = NUMBER.matcher(text);
        while (n.find()) {
            String digits = n.group().replaceAll("[^\\p{N}]", "");
            if (digits.length() >= 2) {
                numbers.add(digits);
            }
        }
        List<String> words = new ArrayList<>();
        Matcher w = WORD.matcher(Fold.fold(text));
        while (w.find()) {
            words.add(w.group());
        }
        Set<String> shingles = new HashSet<>();
        for (int i = 0; i + SHINGLE <= words.size(); i++) {
            shingles.add(String.join(" ", words.subList(i, i + SHINGLE)));
        }
        PartialDate date = story.published() != null ? story.published() : writtenMonth(text, story.language());
        PartialDate weak = date == null ? latestYear(text) : null;
        return new StoryProfile(story.id(), persons, others, numbers, shingles, date, weak);
    }

    /** The month most often written with a year ("June 11, 2013", "14 de noviembre de 2024", "2025-05-05"). */
    static PartialDate writtenMonth(String text, String language) {
        Map<String, Integer> counts = new TreeMap<>();
        Matcher iso = ISO_DATE.matcher(text);
        while (iso.find()) {
            PartialDate.parse(iso.group(1) + "-" + iso.group(2)).ifPresent(d -> counts.merge(d.toString(), 1,
                    Integer::sum));
        }
        Map<String, Double> months = Lexicon.forLanguage(language).map(l -> l.table("months")).orElse(Map.of());
        boolean capitalised = "en".equals(language) || "de".equals(language);
        List<String> tokens = new ArrayList<>();
        Matcher w = WORD.matcher(text);
        while (w.find()) {
            tokens.add(w.group());
        }
        for (int i = 0; i < tokens.size(); i++) {
            String t = tokens.get(i);
            Double month = months.get(Fold.fold(t));
            if (month == null || capitalised && !Character.isUpperCase(t.codePointAt(0))) {
                continue;
            }
            // month, then at most two tokens that are a day or a preposition, then the year
            for (int k = i + 1; k < Math.min(tokens.size(), i + 4); k++) {
                String next = tokens.get(k);
                if (next.matches("(?:19|20)\\d{2}")) {
                    PartialDate.parse(next + String.format(java.util.Locale.ROOT, "-%02d", month.intValue()))
                            .ifPresent(d -> counts.merge(d.toString(), 1, Integer::sum));
                    break;
                }
                if (!next.matches("\\d{1,2}") && !DATE_GLUE.contains(Fold.fold(next))) {
                    break;
                }
            }
        }
        String best = null;
        int most = 0;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            if (e.getValue() >= most) { // ties: the later month (keys are sorted)
                most = e.getValue();
                best = e.getKey();
            }
        }
        return best == null ? null : PartialDate.parse(best).orElse(null);
    }

    /** The latest year written in the text as a number of its own, or null. */
    static PartialDate latestYear(String text) {
        int latest = 0;
        Matcher y = YEAR.matcher(text);
        while (y.find()) {
            latest = Math.max(latest, Integer.parseInt(y.group()));
        }
        return latest == 0 ? null : new PartialDate(latest, 0, 0);
    }
}
