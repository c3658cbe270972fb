package io.segue.recommender.internal.scoring;

import static io.segue.api.feature.MusicalKey.A_MINOR;
import static io.segue.api.feature.MusicalKey.B_FLAT_MINOR;
import static io.segue.api.feature.MusicalKey.B_MINOR;
import static io.segue.api.feature.MusicalKey.C_MAJOR;
import static io.segue.api.feature.MusicalKey.C_SHARP_MINOR;
import static io.segue.api.feature.MusicalKey.D_MINOR;
import static io.segue.api.feature.MusicalKey.E_FLAT_MINOR;
import static io.segue.api.feature.MusicalKey.E_MINOR;
import static io.segue.api.feature.MusicalKey.G_MAJOR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.segue.api.feature.MusicalKey;
import org.junit.jupiter.api.Test;

class CamelotMoveTest {

    @Test
    void theMovesFromEightA() {
        assertEquals("8A", A_MINOR.camelot());
        assertEquals(CamelotMove.SAME, CamelotMove.of(A_MINOR, A_MINOR, true));
        assertEquals(CamelotMove.RELATIVE, CamelotMove.of(A_MINOR, C_MAJOR, true));
        assertEquals(CamelotMove.ADJACENT, CamelotMove.of(A_MINOR, E_MINOR, true), "9A");
        assertEquals(CamelotMove.ADJACENT, CamelotMove.of(A_MINOR, D_MINOR, true), "7A");
        assertEquals(CamelotMove.DIAGONAL, CamelotMove.of(A_MINOR, G_MAJOR, true), "9B");
        assertEquals(CamelotMove.BOOST_TWO, CamelotMove.of(A_MINOR, B_MINOR, true), "10A");
        assertEquals(CamelotMove.BOOST_SEVEN, CamelotMove.of(A_MINOR, B_FLAT_MINOR, true), "3A");
        assertEquals(CamelotMove.CLASH, CamelotMove.of(A_MINOR, B_MINOR, false), "boost moves off");
        assertEquals(CamelotMove.CLASH, CamelotMove.of(A_MINOR, C_SHARP_MINOR, true), "12A: -8 = +4");
    }

    @Test
    void scoresAreGradedNotAFilter() {
        double[][] table = CamelotMove.table(true, 0.7);
        double same = table[A_MINOR.index()][A_MINOR.index()];
        double relative = table[A_MINOR.index()][C_MAJOR.index()];
        double adjacent = table[A_MINOR.index()][E_MINOR.index()];
        double boost = table[A_MINOR.index()][B_MINOR.index()];
        double farClash = table[A_MINOR.index()][E_FLAT_MINOR.index()];
        assertEquals(1, same);
        assertTrue(relative >= 0.85 && adjacent >= 0.85, relative + " " + adjacent);
        assertEquals(0.7, boost);
        assertTrue(farClash > 0 && farClash < 0.2, "6 steps away is low but not zero: " + farClash);
        double nearClash = CamelotMove.table(false, 0.7)[A_MINOR.index()][B_MINOR.index()];
        assertTrue(nearClash > farClash && nearClash < boost, "two steps without boost moves: " + nearClash);
    }

    @Test
    void theTableMatchesEveryMoveAndIsSymmetricInSteps() {
        double[][] table = CamelotMove.table(true, 0.7);
        for (MusicalKey from : MusicalKey.values()) {
            assertEquals(1, table[from.index()][from.index()]);
            assertEquals(0.9, table[from.index()][from.relative().index()]);
            for (MusicalKey to : MusicalKey.values()) {
                assertEquals(CamelotMove.of(from, to, true).score(from, to, 0.7), table[from.index()][to.index()]);
            }
        }
    }

    @Test
    void reasonsNameTheMoveAndTheKeys() {
        assertEquals("8A → 9A: adjacent on the wheel (A minor → E minor)", CamelotMove.reason(A_MINOR, E_MINOR, true));
        assertEquals("8A → 8B: relative key (A minor → C major)", CamelotMove.reason(A_MINOR, C_MAJOR, true));
        assertEquals("8A → 2A: clash, 6 steps round the wheel (A minor → Eb minor)",
                CamelotMove.reason(A_MINOR, E_FLAT_MINOR, true));
    }
}
