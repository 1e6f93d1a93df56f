package factbrief.eval;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

class AssignmentTest {
    @Test
    void prefersTwoPairsOverTheSingleHeaviestPair() {
        // greedy would take (0,0) and leave row 1 without a partner
        assertArrayEquals(new int[] {1, 0}, Assignment.maximize(new double[][] {{5, 4}, {3, 0}}));
    }

    @Test
    void zeroWeightsAreNeverAssigned() {
        assertArrayEquals(new int[] {-1, 0}, Assignment.maximize(new double[][] {{0}, {2}}));
    }

    @Test
    void handlesMoreColumnsThanRowsAndEmptyInput() {
        assertArrayEquals(new int[] {2}, Assignment.maximize(new double[][] {{1, 0, 3}}));
        assertArrayEquals(new int[0], Assignment.maximize(new double[0][0]));
        assertArrayEquals(new int[] {-1, -1}, Assignment.maximize(new double[2][0]));
    }

    @Test
    void countIsTheMaximumMatchingSize() {
        assertEquals(2, Assignment.count(new boolean[][] {{true, true}, {true, false}}));
        assertEquals(1, Assignment.count(new boolean[][] {{true, false}, {true, false}}));
    }
}
