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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Clustering invented stories: two events in one week (one reported in English and Spanish), one a year apart. */
class ClustererTest {
    private static final Annotator ANNOTATOR = new Annotator(Gazetteer.load(null), LanguageLayer.shared());

    /** Event A, March 2031: a polar research pact signed in Ottawa (English and Spanish). */
    static final List<RawStory> POLAR = List.of(
            story("polar-en", "en", "2031-03-03", """
                    Chile and Canada sign polar research pact in Ottawa

                    Chilean Foreign Minister Marta Quiroga met Canadian Foreign Minister Henrik Aalvik in Ottawa on \
                    Monday to sign a five-year agreement on polar research. Under the pact, the two countries will \
                    share 14 research vessels and spend 85 million dollars on joint expeditions. "Science has no \
                    borders," Quiroga told reporters after the meeting. Aalvik said the first joint expedition would \
                    leave Punta Arenas in November 2031.
                    """),
            story("polar-es", "es", "2031-03-04", """
                    La canciller chilena Marta Quiroga y el ministro de Relaciones Exteriores de Canadá, Henrik \
                    Aalvik, firmaron el lunes en Ottawa un acuerdo de cinco años sobre investigación polar. Ambos \
                    países compartirán 14 buques de investigación y destinarán 85 millones de dólares a expediciones \
                    conjuntas. "La ciencia no tiene fronteras", dijo Quiroga a la prensa. Según Aalvik, la primera \
                    expedición conjunta zarpará de Punta Arenas en noviembre de 2031.
                    """),
            story("polar-en-2", "en", "2031-03-05", """
                    Ottawa hosts Chilean minister

                    Canadian Foreign Minister Henrik Aalvik welcomed Marta Quiroga, Chile's foreign minister, in \
                    Ottawa this week. The two ministers signed a polar research agreement covering 14 vessels. \
                    Critics in Canada said the 85 million dollars should go to Arctic communities instead.
                    """));

    /** Event B, the same week: a trade deal in Santiago between other people (English and German). */
    static final List<RawStory> TRADE = List.of(
            story("trade-en", "en", "2031-03-04", """
                    Kenya and Chile agree to expand tea and copper trade

                    Kenyan Trade Minister Wanjiru Kamau met Chilean Economy Minister Tomás Errázuriz in Santiago on \
                    Tuesday. The two ministers agreed to cut tariffs on tea and copper wire by 30 percent from \
                    January 2032. Kamau said Kenyan exporters hoped to double their sales to South America within \
                    five years.
                    """),
            story("trade-de", "de", "2031-03-05", """
                    Die kenianische Handelsministerin Wanjiru Kamau hat in Santiago den chilenischen \
                    Wirtschaftsminister Tomás Errázuriz getroffen. Beide Seiten wollen die Zölle auf Tee und \
                    Kupferdraht ab Januar 2032 um 30 Prozent senken, sagte Kamau.
                    """));

    /** Another year, the same two ministers: another event. */
    static final RawStory EARLIER = story("fishing-2029", "en", "2029-05-10", """
            Chilean Foreign Minister Marta Quiroga received Canadian Foreign Minister Henrik Aalvik in Santiago on \
            Friday for talks on fishing quotas in the South Pacific. Quiroga said both governments would meet again \
            next year. Aalvik thanked Chile for its hospitality.
            """);

    static RawStory story(String id, String language, String published, String text) {
        return new RawStory(id, text, language, null, id + ".example", PartialDate.parse(published).orElseThrow(),
                null);
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
        assertEquals(Set.of(ids(POLAR), ids(TRADE)), grouping(new Clusterer(ANNOTATOR).group(pile)));
    }

    @Test
    void theSameMinistersTwoYearsEarlierAreAnotherEvent() {
        List<RawStory> pile = new ArrayList<>(POLAR);
        pile.add(EARLIER);
        assertEquals(Set.of(ids(POLAR), Set.of(EARLIER.id())), grouping(new Clusterer(ANNOTATOR).group(pile)));
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
        assertEquals(Set.of(polarAndRepost, Set.of(EARLIER.id())), grouping(new Clusterer(ANNOTATOR).group(pile)));
    }

    @Test
    void eventsAreNamedAfterTheirPeoplePlacesAndMonthAndAnnotatedOnTheirOwn() {
        List<RawStory> pile = new ArrayList<>(POLAR);
        pile.addAll(TRADE);
        List<Clusterer.Event> events = new Clusterer(ANNOTATOR).cluster(pile);
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

    private static Set<String> persons(Clusterer.Event e, String storyId) {
        Story s = e.cluster().story(storyId).orElseThrow();
        return s.mentions().stream().map(m -> e.cluster().entity(m.entity()).orElseThrow())
                .filter(x -> x.type() == factbrief.model.EntityType.PERSON).map(x -> x.id())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void duplicateStoryIdsAreRejected() {
        List<RawStory> pile = List.of(POLAR.get(0), POLAR.get(0));
        FactbriefException e = assertThrows(FactbriefException.class, () -> new Clusterer(ANNOTATOR).group(pile));
        assertEquals("story id 'polar-en' is given twice; story ids must be unique across the inputs", e.getMessage());
        assertEquals(1, e.exitCode());
    }

    @Test
    void anEmptyPileHasNoEvents() {
        assertEquals(List.of(), new Clusterer(ANNOTATOR).cluster(List.of()));
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
