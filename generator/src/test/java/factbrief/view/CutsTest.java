package factbrief.view;

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
import factbrief.model.Stance;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What leaves the PDF first, and how the cut view reports it. */
class CutsTest {
    private static final Labels EN = ViewFixtures.messages().labels(Locale.ENGLISH);

    private static BriefView full() {
        List<Evidence> ev = List.of(new Evidence("s1", 0, 1, "x"));
        List<Meeting> meetings = List.of(
                new Meeting(List.of(new Participant("A", null, null, null)), List.of(), null, null, false, ev),
                new Meeting(List.of(new Participant("B", null, null, null)), List.of(), null, null, true, ev));
        List<Position> positions = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            positions.add(new Position(new Ref("H" + i, null), new Ref("T", null),
                    i == 1 ? PositionKind.FRAMING : PositionKind.STATEMENT, Stance.NEUTRAL, null,
                    i == 0 ? "q".repeat(400) : null, "en", ev));
        }
        List<FollowUp> followUps = new ArrayList<>();
        FollowUpStatus[] statuses = {FollowUpStatus.PROPOSED, FollowUpStatus.AGREED, FollowUpStatus.PLANNED};
        for (int i = 0; i < 9; i++) {
            followUps.add(new FollowUp("act " + i, statuses[i % 3], List.of(), ev));
        }
        Facts facts = new Facts("cut-1", "Cut", LocalDate.of(2031, 1, 1),
                List.of(new Source("s1", "S", "en", null, null, null, true, List.of())), meetings, positions,
                followUps, List.of());
        return BriefViews.of(facts, EN, "A4", false);
    }

    @Test
    void backgroundMeetingsGoFirstThenTheLeastFirmFollowUps() {
        List<Cut> plan = Cuts.plan(full());
        assertEquals(new Cut(Cut.Kind.DROP, "m1"), plan.get(0), "the background meeting");
        // follow-ups ranked agreed (1,4,7), planned (2,5,8), proposed (0,3,6); the first 6 stay at first
        assertEquals(List.of("f6", "f3", "f0"), plan.subList(1, 4).stream().map(Cut::key).toList());
        // then positions beyond 4, framing last in rank: statements 0,2,3,4,5 then framing 1
        assertEquals(List.of("p1", "p5"), plan.subList(4, 6).stream().map(Cut::key).toList());
        assertEquals(new Cut(Cut.Kind.SHORTEN, "p0"), plan.get(6));
    }

    @Test
    void everyItemAndSourceCanBeCutOnceAndShorteningComesBeforeDropping() {
        BriefView full = full();
        List<Cut> plan = Cuts.plan(full);
        long drops = plan.stream().filter(c -> c.kind() == Cut.Kind.DROP).count();
        assertEquals(2 + 6 + 9 + 1, drops);
        assertEquals(plan.size(), plan.stream().distinct().count());
        int shorten = plan.indexOf(new Cut(Cut.Kind.SHORTEN, "p0"));
        assertTrue(shorten < plan.indexOf(new Cut(Cut.Kind.DROP, "p0")));
        assertEquals(new Cut(Cut.Kind.DROP, "s1"), plan.get(plan.size() - 1), "sources go last");
    }

    @Test
    void appliedCutsReportWhatIsLeftOut() {
        BriefView full = full();
        List<Cut> plan = Cuts.plan(full);
        BriefView cut = Cuts.apply(full, plan.subList(0, 7), EN);
        assertEquals(1, cut.meetings().items().size());
        assertEquals("1 more in the HTML/JSON", cut.meetings().more());
        assertEquals(6, cut.followUps().items().size());
        assertEquals("3 more in the HTML/JSON", cut.followUps().more());
        assertEquals(4, cut.positions().items().size());
        assertEquals(6, cut.omitted());
        assertEquals("This page shows a selection: 6 more items in the HTML/JSON.", cut.omittedLine());
        BriefView.QuoteItem q = cut.positions().items().get(0).quote();
        assertTrue(q.shortened());
        assertTrue(q.text().length() <= Cuts.QUOTE_KEEP);
        assertTrue(("q".repeat(400)).startsWith(q.text()), "a shortened quote is still verbatim");
        assertEquals(6, Cuts.dropped(plan.subList(0, 7)));
        assertNull(full.omittedLine());
        assertSame(full, Cuts.apply(full, List.of(), EN));
    }

    @Test
    void citationsOfDroppedSourcesStopBeingLinks() {
        BriefView full = full();
        BriefView cut = Cuts.apply(full, List.of(new Cut(Cut.Kind.DROP, "s1")), EN);
        assertTrue(cut.sources().items().isEmpty());
        assertNull(cut.meetings().items().get(0).cites().get(0).href());
        assertEquals("#src-1", full.meetings().items().get(0).cites().get(0).href());
    }
}
