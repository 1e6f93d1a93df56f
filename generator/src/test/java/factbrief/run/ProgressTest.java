package factbrief.run;

import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProgressTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @Test
    void linesModeWritesOnePlainLinePerInput() {
        Progress p = Progress.lines(new PrintWriter(out), new PrintWriter(err));
        p.start(2);
        p.ok("a.json", "alpha", "rendered", 1500);
        p.failed("b.json", "in/b.json: /cluster/id: bad");
        p.finish("1 of 2 briefs failed");
        assertEquals("""
                briefing 2 inputs
                [1/2] rendered a.json -> alpha (1.5 s)
                [2/2] FAILED   b.json
                1 of 2 briefs failed
                """, out.toString().replace(System.lineSeparator(), "\n"));
        assertEquals("FAILED in/b.json: /cluster/id: bad\n", err.toString().replace(System.lineSeparator(), "\n"));
        assertFalse(out.toString().contains("\r"));
    }

    @Test
    void barModeRedrawsOneLineAndPrintsFailuresAboveIt() {
        Progress p = Progress.bar(new PrintWriter(out), new PrintWriter(err));
        p.start(4);
        p.ok("a.json", "alpha", "rendered", 10);
        p.failed("b.json", "in/b.json:1:1: syntax error");
        p.finish("1 of 4 briefs failed");
        String o = out.toString();
        assertEquals(o.length() - System.lineSeparator().length(), o.indexOf(System.lineSeparator()),
                "one terminal line, ended only after the summary: " + o);
        assertTrue(o.contains("\r[#######                       ] 1/4 a.json"), o);
        assertTrue(o.contains("\r[###############               ] 2/4, 1 failed b.json"), o);
        assertTrue(o.endsWith("\r1 of 4 briefs failed" + System.lineSeparator()), o);
        assertEquals("FAILED in/b.json:1:1: syntax error" + System.lineSeparator(), err.toString());
    }

    @Test
    void controlAndBidiCharactersInNamesCannotBreakOrReorderALine() {
        Progress p = Progress.lines(new PrintWriter(out), new PrintWriter(err));
        p.start(1);
        p.failed("evil\n\u202Enosj.json", "in/evil\n\u202Enosj.json: bad");
        assertEquals("FAILED in/evil??nosj.json: bad" + System.lineSeparator(), err.toString());
    }
}
