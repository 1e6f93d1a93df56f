package factbrief.run;

import factbrief.model.FactbriefException;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class IsoWeekTest {
    @Test
    void parsesAndPrints() {
        IsoWeek w = IsoWeek.parse("2031-W10");
        assertEquals(new IsoWeek(2031, 10), w);
        assertEquals("2031-W10", w.toString());
        assertEquals(LocalDate.of(2031, 3, 3), w.monday());
        assertEquals(LocalDate.of(2031, 3, 9), w.sunday());
    }

    @Test
    void lastCompleteWeekIsTheWeekBeforeToday() {
        assertEquals("2031-W10", IsoWeek.lastComplete(LocalDate.of(2031, 3, 10)).toString()); // Monday of W11
        assertEquals("2031-W10", IsoWeek.lastComplete(LocalDate.of(2031, 3, 16)).toString()); // Sunday of W11
        assertEquals("2031-W11", IsoWeek.lastComplete(LocalDate.of(2031, 3, 17)).toString());
    }

    @Test
    void weeksAcrossTheYearBoundaryBelongToTheWeekBasedYear() {
        assertEquals("2026-W53", IsoWeek.lastComplete(LocalDate.of(2027, 1, 4)).toString());
        assertEquals(LocalDate.of(2026, 12, 28), IsoWeek.parse("2026-W53").monday());
        assertEquals("2025-W01", IsoWeek.of(LocalDate.of(2024, 12, 30)).toString());
    }

    @Test
    void rejectsWeeksThatDoNotExistAndOtherForms() {
        FactbriefException w53 = assertThrows(FactbriefException.class, () -> IsoWeek.parse("2031-W53"));
        assertEquals("--week 2031-W53 does not exist: 2031 has weeks 1 to 52, not 53", w53.getMessage());
        assertEquals(WeeklyRun.USAGE, w53.exitCode());
        for (String bad : new String[] {"2031-W00", "2031-10", "2031-w10", "31-W10", "2031-W1", "2031-W10\n"}) {
            FactbriefException e = assertThrows(FactbriefException.class, () -> IsoWeek.parse(bad), bad);
            assertEquals(WeeklyRun.USAGE, e.exitCode());
        }
    }
}
