package factbrief.view;

import factbrief.model.Claim;
import factbrief.model.Disagreement;
import factbrief.model.Evidence;
import factbrief.model.Facts;
import factbrief.model.FollowUp;
import factbrief.model.FollowUpStatus;
import factbrief.model.Meeting;
import factbrief.model.Participant;
import factbrief.model.Position;
import factbrief.model.PositionKind;
import factbrief.model.Ref;
import factbrief.model.Source;
import factbrief.model.SourceFlag;
import factbrief.model.SourceFlagKind;
import factbrief.model.Stance;
import factbrief.view.BriefView.Cite;
import factbrief.view.BriefView.HeaderFact;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** From facts to the view: numbering, citations, flags, header figures, localization, single-story briefs. */
class BriefViewsTest {
    private static final LocalDate AS_OF = LocalDate.of(2031, 6, 2);

    private static Evidence ev(String story) {
        return new Evidence(story, 0, 1, "x");
    }

    private static Facts facts() {
        List<Source> sources = List.of(
                new Source("c", "Gamma Post", "de", "2031-06-01", "Gamma", "https://gamma.example/1", true,
                        List.of()),
                new Source("a", "Alpha Wire", "en", "2031-05", null, "javascript:alert(1)", false,
                        List.of(new SourceFlag(SourceFlagKind.TRANSLATION_OF, "c", "same text in English"),
                                new SourceFlag(SourceFlagKind.DUPLICATE_OF, "gone", "copy of an unlisted story"))),
                new Source("b", null, "fr", null, null, null, true, List.of()));
        return new Facts("view-1", "View test", AS_OF, sources,
                List.of(new Meeting(List.of(new Participant("Åsa Lindqvist", "envoy", "Norvania", null),
                        new Participant("Jun Park", null, null, null)), List.of(), "Kestrel City", "2031-05-29",
                        false, List.of(ev("b"), ev("c"), ev("b"), ev("unknown")))),
                List.of(new Position(new Ref("Åsa Lindqvist", null), new Ref("Lissa Bay", null),
                        PositionKind.FRAMING, Stance.MIXED, "Sees risks.", "Non, merci.", "fr", List.of(ev("a")))),
                List.of(new FollowUp("Talk again", FollowUpStatus.PLANNED, List.of("Norvania"), List.of(ev("a")))),
                List.of(new Disagreement("Venue", List.of(new Claim("Kestrel City", List.of(ev("c"))),
                        new Claim("Port Velmora", List.of(ev("a"), ev("b")))))));
    }

    private static BriefView view(Locale locale, boolean single) {
        return BriefViews.of(facts(), ViewFixtures.messages().labels(locale), "A4", single);
    }

    @Test
    void sourcesAreNumberedInTheirOrderAndCitationsPointAtThem() {
        BriefView v = view(Locale.ENGLISH, false);
        assertEquals(List.of(1, 2, 3), v.sources().items().stream().map(BriefView.SourceEntry::number).toList());
        assertEquals("src-1", v.sources().items().get(0).anchor());
        assertEquals("Gamma Post", v.sources().items().get(0).site());
        assertEquals("b", v.sources().items().get(2).site(), "the story id stands in for an unknown site");
        List<Cite> cites = v.meetings().items().get(0).cites();
        assertEquals(List.of(1, 3), cites.stream().map(Cite::number).toList(), "distinct, sorted, unknown dropped");
        assertEquals("#src-1", cites.get(0).href());
        assertEquals("Source 1", cites.get(0).title());
        assertEquals(List.of(2, 3), v.disagreements().items().get(0).claims().get(1).cites().stream()
                .map(Cite::number).toList());
    }

    @Test
    void flagsLinkToTheSourceTheyNameAndUnsafeLinksAreDropped() {
        BriefView.SourceEntry alpha = view(Locale.ENGLISH, false).sources().items().get(1);
        assertNull(alpha.url(), "javascript: link must not survive");
        assertFalse(alpha.independent());
        assertEquals("not independent", alpha.independenceLabel());
        assertEquals("translation-of", alpha.flags().get(0).flag());
        assertEquals("translation of", alpha.flags().get(0).text());
        assertEquals(1, alpha.flags().get(0).of().number());
        assertNull(alpha.flags().get(1).of());
        assertEquals("gone", alpha.flags().get(1).ofText());
        assertEquals("same text in English", alpha.flags().get(0).why());
        assertEquals("https://gamma.example/1", view(Locale.ENGLISH, false).sources().items().get(0).url());
    }

    @Test
    void headerCountsStoriesIndependentSourcesLanguagesAndDates() {
        BriefView v = view(Locale.ENGLISH, false);
        assertEquals("View test", v.header().title());
        assertEquals("As of Jun 2, 2031", v.header().asOf());
        assertEquals(List.of(new HeaderFact("Dates covered", "May 2031 – Jun 1, 2031"),
                new HeaderFact("Stories", "3"), new HeaderFact("Independent sources", "2"),
                new HeaderFact("Languages", "English, French, German")), v.header().facts());
    }

    @Test
    void labelsDatesAndLanguageNamesAreLocalized() {
        BriefView de = view(Locale.GERMAN, false);
        assertEquals("de", de.lang());
        assertEquals("Stand: 02.06.2031", de.header().asOf());
        assertEquals("Deutsch, Englisch, Französisch", de.header().facts().get(3).value());
        assertEquals("Mai 2031 – 01.06.2031", de.header().facts().get(0).value());
        assertEquals("Wo die Quellen abweichen", de.labels().get("section.disagreements"));
        assertEquals("29.05.2031", de.meetings().items().get(0).date());
        BriefView.PositionItem p = view(Locale.FRENCH, false).positions().items().get(0);
        assertEquals("Mitigée", p.stanceLabel());
        assertEquals("mixed", p.stance());
        assertTrue(p.framing());
        assertEquals("Cadrage du site", p.kindLabel());
        assertEquals("fr", p.quote().lang());
        assertEquals("FR", p.quote().langTag());
        assertEquals("français", p.quote().langName());
    }

    @Test
    void aSingleStoryBriefHasNoDisagreementsSectionButSaysSo() {
        BriefView v = view(Locale.ENGLISH, true);
        assertTrue(v.singleSource());
        assertNull(v.disagreements());
        assertEquals("Single-source brief: nothing can be compared across sources.", v.singleSourceLine());
        assertFalse(view(Locale.ENGLISH, false).singleSource());
    }

    @Test
    void aSummaryThatOnlyRepeatsTheQuoteIsLeftOut() {
        String quote = "The harbour brings work to every family of the coast";
        Facts base = facts();
        Position repeated = new Position(new Ref("Jun Park", null), new Ref("Lissa Bay", null),
                PositionKind.STATEMENT, Stance.POSITIVE, "\"" + quote + ",\" Park said.", quote, "en",
                List.of(ev("c")));
        Position more = new Position(new Ref("Jun Park", null), new Ref("Lissa Bay", null),
                PositionKind.STATEMENT, Stance.POSITIVE, "Park, who visited the bay on Monday with the mayors of "
                + "three towns and the regional council, said: \"A success.\"", "A success.", "en", List.of(ev("c")));
        Facts f = new Facts(base.clusterId(), base.clusterTitle(), base.asOf(), base.sources(), base.meetings(),
                List.of(repeated, more), base.followUps(), base.disagreements());

        var items = BriefViews.of(f, ViewFixtures.messages().labels(Locale.ENGLISH), "A4", false).positions().items();

        assertNull(items.get(0).summary(), "the quote is most of the sentence");
        assertEquals(more.summary(), items.get(1).summary(), "the sentence says more than the quote");
    }

    @Test
    void participantsCarryRoleAndCountry() {
        var people = view(Locale.ENGLISH, false).meetings().items().get(0).participants();
        assertEquals("envoy, Norvania", people.get(0).detail());
        assertNull(people.get(1).detail());
    }

    @Test
    void textQuotedFromASourceCarriesThatSourcesLanguage() {
        String de = "Beide Seiten vereinbarten eine gemeinsame Übung im Herbst.";
        String es = "El ministro habló de una cooperación abierta a todos los vecinos del puerto.";
        List<Source> sources = List.of(
                new Source("d", "Delta Zeitung", "de", "2031-06-01", null, null, true, List.of()),
                new Source("e", "Eco Diario", "es-MX", "2031-06-01", null, null, true, List.of()));
        Evidence inDe = new Evidence("d", 0, de.length(), de);
        Evidence inEs = new Evidence("e", 0, es.length(), es);
        Facts f = new Facts("view-lang", "Languages", AS_OF, sources, List.of(),
                List.of(new Position(new Ref("Ana Ruiz", null), new Ref("Port", null), PositionKind.STATEMENT,
                                Stance.POSITIVE, es.substring(0, 40).strip() + " …", null, null, List.of(inDe, inEs)),
                        new Position(new Ref("Ana Ruiz", null), new Ref("Port", null), PositionKind.STATEMENT,
                                Stance.POSITIVE, "Supports the port.", null, null, List.of(inEs))),
                List.of(new FollowUp("joint exercises, autumn: " + de, FollowUpStatus.AGREED, List.of(), List.of(inDe)),
                        new FollowUp(de, FollowUpStatus.AGREED, List.of(), List.of(inDe)),
                        new FollowUp("Hold a joint exercise", FollowUpStatus.AGREED, List.of(), List.of(inDe))),
                List.of(new Disagreement("When", List.of(new Claim("im Herbst", List.of(inDe)),
                        new Claim("in spring", List.of(inEs))))));
        BriefView v = BriefViews.of(f, ViewFixtures.messages().labels(Locale.FRENCH), "A4", false);

        assertEquals("es-mx", v.positions().items().get(0).summaryLang(), "an excerpt, shortened with an ellipsis");
        assertNull(v.positions().items().get(1).summaryLang(), "the generator's own words: no language claimed");

        BriefView.FollowUpItem led = v.followUps().items().get(0);
        assertEquals("joint exercises, autumn", led.lead());
        assertEquals(de, led.action());
        assertEquals("de", led.actionLang());
        BriefView.FollowUpItem plain = v.followUps().items().get(1);
        assertNull(plain.lead());
        assertEquals("de", plain.actionLang());
        BriefView.FollowUpItem own = v.followUps().items().get(2);
        assertNull(own.lead());
        assertNull(own.actionLang());
        assertEquals("Hold a joint exercise", own.action());

        List<BriefView.ClaimItem> claims = v.disagreements().items().get(0).claims();
        assertEquals("de", claims.get(0).lang());
        assertNull(claims.get(1).lang());
    }
}
