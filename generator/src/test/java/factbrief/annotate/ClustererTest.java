package factbrief.annotate;

import factbrief.model.FactbriefException;
import factbrief.model.PartialDate;
import factbrief.model.Story;
import factbrief.text.LanguageLayer;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static factbrief.annotate.ClusterFixtures.EARLIER;
import static factbrief.annotate.ClusterFixtures.POLAR;
import static factbrief.annotate.ClusterFixtures.TRADE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Clustering invented stories: two events in one week (one reported in English and Spanish), one a year apart. */
class ClustererTest {
    private static final Gazetteer GAZETTEER = Gazetteer.load(null);

    private static Clusterer clusterer() {
        return new Clusterer(GAZETTEER, LanguageLayer.shared());
    }


    private static Set<Set<String>> grouping(List<List<RawStory>> groups) {
        return groups.stream().map(g -> g.stream().map(RawStory::id).collect(Collectors.toCollection(TreeSet::new)))
                .collect(Collectors.toSet());
    }

    private static Set<String> ids(List<RawStory> stories) {
        return stories.stream().map(RawStory::id).collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void twoEventsOfOneWeekComeApartAndOneEventJoinsAcrossLanguages() {
        List<RawStory> pile = new ArrayList<>();
        pile.add(TRADE.get(0));
        pile.addAll(POLAR);
        pile.add(TRADE.get(1));
        assertEquals(Set.of(ids(POLAR), ids(TRADE)), grouping(clusterer().group(pile)));
    }

    @Test
    void theSameMinistersTwoYearsEarlierAreAnotherEvent() {
        List<RawStory> pile = new ArrayList<>(POLAR);
        pile.add(EARLIER);
        assertEquals(Set.of(ids(POLAR), Set.of(EARLIER.id())), grouping(clusterer().group(pile)));
    }

    @Test
    void aLateRepostOfTheSameTextJoinsItsEvent() {
        RawStory original = POLAR.get(0);
        RawStory repost = new RawStory("repost", "Archive\n\n" + original.text(), "en", null, "mirror.example",
                PartialDate.parse("2034-08-01").orElseThrow(), null);
        List<RawStory> pile = new ArrayList<>(POLAR);
        pile.add(repost);
        pile.add(EARLIER);
        Set<String> polarAndRepost = new TreeSet<>(ids(POLAR));
        polarAndRepost.add("repost");
        assertEquals(Set.of(polarAndRepost, Set.of(EARLIER.id())),
                grouping(clusterer().group(pile)));
    }

    @Test
    void eventsAreNamedAfterTheirPeoplePlacesAndMonthAndAnnotatedOnTheirOwn() {
        List<RawStory> pile = new ArrayList<>(POLAR);
        pile.addAll(TRADE);
        List<Clusterer.Event> events = clusterer().cluster(pile);
        assertEquals(2, events.size());
        Map<String, String> where = Clusterer.assignment(events);
        Clusterer.Event polar = events.stream().filter(e -> e.id().equals(where.get("polar-es"))).findFirst()
                .orElseThrow();
        assertTrue(polar.id().matches("(marta-quiroga-henrik-aalvik|henrik-aalvik-marta-quiroga)-2031-03"),
                polar.id());
        assertTrue(polar.title().matches("(Marta Quiroga and Henrik Aalvik|Henrik Aalvik and Marta Quiroga) "
                + "\\((Ottawa|Canada|Chile), (Ottawa|Canada|Chile)\\), March 2031"), polar.title());
        assertEquals(polar.id(), polar.cluster().id());
        assertEquals(PartialDate.parse("2031-03").orElseThrow(), polar.date());
        assertEquals(ids(POLAR), new TreeSet<>(polar.storyIds()));
        // annotated on its own: no entity of the other event, and every mention points at one of its entities
        Set<String> entityIds = polar.cluster().entities().stream().map(e -> e.id())
                .collect(Collectors.toSet());
        assertTrue(entityIds.stream().noneMatch(id -> id.contains("kamau") || id.contains("kenya")), entityIds
                .toString());
        for (Story s : polar.cluster().stories()) {
            s.mentions().forEach(m -> assertTrue(entityIds.contains(m.entity()), m.toString()));
        }
        // the Spanish story names the same person entities as the English ones
        Set<String> spanishPersons = persons(polar, "polar-es");
        assertEquals(persons(polar, "polar-en"), spanishPersons);
        assertTrue(spanishPersons.containsAll(Set.of("marta-quiroga", "henrik-aalvik")), spanishPersons.toString());
    }

    @Test
    void eachEventIsAnnotatedAsIfItsStoriesHadBeenAnnotatedAlone() {
        List<RawStory> pile = new ArrayList<>(TRADE);
        pile.addAll(POLAR);
        for (Clusterer.Event e : clusterer().cluster(pile)) {
            List<RawStory> alone = pile.stream().filter(s -> e.storyIds().contains(s.id())).toList();
            factbrief.model.Cluster expected = new Annotator(GAZETTEER, LanguageLayer.shared())
                    .annotate(e.id(), e.title(), alone, List.of());
            assertEquals(expected, e.cluster());
        }
    }

    private static Set<String> persons(Clusterer.Event e, String storyId) {
        Story s = e.cluster().story(storyId).orElseThrow();
        return s.mentions().stream().map(m -> e.cluster().entity(m.entity()).orElseThrow())
                .filter(x -> x.type() == factbrief.model.EntityType.PERSON).map(x -> x.id())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void duplicateStoryIdsAreRejected() {
        List<RawStory> pile = List.of(POLAR.get(0), POLAR.get(0));
        FactbriefException e = assertThrows(FactbriefException.class, () -> clusterer().group(pile));
        assertEquals("story id 'polar-en' is given twice; story ids must be unique across the inputs", e.getMessage());
        assertEquals(1, e.exitCode());
    }

    @Test
    void anEmptyPileHasNoEvents() {
        assertEquals(List.of(), clusterer().cluster(List.of()));
    }

    @Test
    void averageLinkageMergesWhileTheMeanPairReachesTheThreshold() {
        double[][] sim = {
                {0, 0.9, 0.2, 0.0},
                {0.9, 0, 0.0, 0.0},
                {0.2, 0.0, 0, 0.5},
                {0.0, 0.0, 0.5, 0}};
        // {0,1} and {2,3} form at 0.9 and 0.5; between them the mean is (0.2 + 0 + 0 + 0) / 4 = 0.05
        assertEquals(List.of(List.of(0, 1), List.of(2, 3)), Clusterer.averageLinkage(sim, 0.05 + 1e-9));
        assertEquals(List.of(List.of(0, 1, 2, 3)), Clusterer.averageLinkage(sim, 0.05));
        assertEquals(List.of(List.of(0, 1), List.of(2), List.of(3)), Clusterer.averageLinkage(sim, 0.6));
    }
}
