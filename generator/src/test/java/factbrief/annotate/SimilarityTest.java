package factbrief.annotate;

import factbrief.model.PartialDate;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The pairwise score and the dates it reads from the text. */
class SimilarityTest {
    private static StoryProfile profile(String id, Set<String> persons, Set<String> others, String date,
                                        String weakYear) {
        return new StoryProfile(id, persons, others, Set.of(), Set.of(),
                date == null ? null : PartialDate.parse(date).orElseThrow(),
                weakYear == null ? null : PartialDate.parse(weakYear).orElseThrow());
    }

    @Test
    void datesNearFarAndUnknown() {
        StoryProfile a = profile("a", Set.of(), Set.of(), "2031-03-03", null);
        assertEquals(Similarity.NEAR, Similarity.dateFactor(a, profile("b", Set.of(), Set.of(), "2031-03-10", null)));
        assertEquals(Similarity.FAR, Similarity.dateFactor(a, profile("b", Set.of(), Set.of(), "2031-05-03", null)));
        double between = Similarity.dateFactor(a, profile("b", Set.of(), Set.of(), "2031-04-01", null));
        assertTrue(between < Similarity.NEAR && between > Similarity.UNKNOWN, String.valueOf(between));
        assertEquals(Similarity.UNKNOWN, Similarity.dateFactor(a, profile("b", Set.of(), Set.of(), null, null)));
        // a month overlapping the day counts as the same time
        assertEquals(Similarity.NEAR, Similarity.dateFactor(a, profile("b", Set.of(), Set.of(), "2031-03", null)));
        // only a year written in the text: far only when the years are more than a year apart
        assertEquals(Similarity.UNKNOWN, Similarity.dateFactor(a, profile("b", Set.of(), Set.of(), null, "2030")));
        assertEquals(Similarity.FAR, Similarity.dateFactor(a, profile("b", Set.of(), Set.of(), null, "2028")));
    }

    @Test
    void farApartStoriesWithTheSameEntitiesStayBelowTheDefaultThreshold() {
        StoryProfile a = profile("a", Set.of("p1", "p2"), Set.of("g1"), "2031-03-03", null);
        StoryProfile b = profile("b", Set.of("p1", "p2"), Set.of("g1"), "2029-03-03", null);
        StoryProfile other = profile("c", Set.of("p3"), Set.of("g2"), "2031-03-03", null);
        Similarity s = new Similarity(List.of(a, b, other));
        assertTrue(s.score(a, b) < Clusterer.DEFAULT_THRESHOLD, String.valueOf(s.score(a, b)));
        StoryProfile sameWeek = profile("d", Set.of("p1", "p2"), Set.of("g1"), "2031-03-05", null);
        assertTrue(new Similarity(List.of(a, sameWeek, other)).score(a, sameWeek) > 0.8);
    }

    @Test
    void rareEntitiesWeighMoreThanCommonOnes() {
        // p0 is in every story, p1 in two: sharing p1 says more than sharing p0
        StoryProfile a = profile("a", Set.of("p0", "p1"), Set.of(), null, null);
        StoryProfile b = profile("b", Set.of("p0", "p1", "p2"), Set.of(), null, null);
        StoryProfile c = profile("c", Set.of("p0", "p3"), Set.of(), null, null);
        Similarity s = new Similarity(List.of(a, b, c));
        assertTrue(s.parts(a, b).persons() > s.parts(a, c).persons());
        assertEquals(0, s.parts(a, profile("x", Set.of(), Set.of(), null, null)).persons());
    }

    @Test
    void copiedTextCountsAsItsShareEvenFarApart() {
        Set<String> shingles = new java.util.HashSet<>();
        for (int i = 0; i < 40; i++) {
            shingles.add("w" + i + " w" + (i + 1) + " w" + (i + 2) + " w" + (i + 3));
        }
        StoryProfile a = new StoryProfile("a", Set.of(), Set.of(), Set.of(), shingles,
                PartialDate.parse("2031-03-03").orElseThrow(), null);
        StoryProfile b = new StoryProfile("b", Set.of(), Set.of(), Set.of(), shingles,
                PartialDate.parse("2035-03-03").orElseThrow(), null);
        assertEquals(1.0, new Similarity(List.of(a, b)).score(a, b));
        assertEquals(0, Similarity.containment(Set.of("x"), Set.of("x")), "too short to call a copy");
    }

    @Test
    void monthsWrittenWithAYear() {
        assertEquals("2031-03", StoryProfile.writtenMonth("They met on March 3, 2031 in Ottawa.", "en").toString());
        assertEquals("2031-11", StoryProfile.writtenMonth("Zarpará el 4 de noviembre de 2031.", "es").toString());
        assertEquals("2031-11", StoryProfile.writtenMonth("Am 4. November 2031 geht es los.", "de").toString());
        assertEquals("2031-03", StoryProfile.writtenMonth("Report dated 2031-03-09.", "en").toString());
        // the English modal verb is not the month, and a month far from any year gives nothing
        assertNull(StoryProfile.writtenMonth("Prices may 2031 rise; in March, they fell.", "en"));
        assertNull(StoryProfile.writtenMonth("No date here.", "xx"));
        // the most frequent month wins; ties go to the later one
        assertEquals("2031-04", StoryProfile.writtenMonth("March 2031. April 2031. April 2, 2031.", "en").toString());
        assertEquals("2031-04", StoryProfile.writtenMonth("March 2031. April 2031.", "en").toString());
    }

    @Test
    void latestYearIgnoresLargerNumbers() {
        assertEquals("2031", StoryProfile.latestYear("From 1998 to 2031, some 2,000 or 20312 ships.").toString());
        assertNull(StoryProfile.latestYear("1,999 ships and 2.050 tons"));
    }
}
