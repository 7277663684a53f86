package org.linkwell.reports;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SuppressionTest {
    private final Suppression five = new Suppression(5);

    @Test
    void zeroIsShown_oneToFourAreHidden_fiveIsShown() {
        assertFalse(five.isSmall(0));
        assertTrue(five.isSmall(1));
        assertTrue(five.isSmall(4));
        assertFalse(five.isSmall(5));
        assertEquals("<5", five.marker());
    }

    @Test
    void group_aSingleHiddenCellTakesTheNextSmallestNonZeroCellWithIt() {
        // total 3 + 0 + 9 + 7 + 20 = 39 would give the 3 away
        assertArrayEquals(new boolean[] {true, false, false, true, false}, five.group(new long[] {3, 0, 9, 7, 20}));
    }

    @Test
    void group_twoHiddenCellsNeedNoComplement() {
        assertArrayEquals(new boolean[] {true, true, false}, five.group(new long[] {1, 4, 30}));
    }

    @Test
    void group_nothingSmall_nothingHidden() {
        assertArrayEquals(new boolean[] {false, false, false}, five.group(new long[] {0, 5, 12}));
    }

    @Test
    void threshold_isFromTwoToTwenty() {
        assertThrows(IllegalArgumentException.class, () -> new Suppression(1));
        assertThrows(IllegalArgumentException.class, () -> new Suppression(21));
        assertTrue(new Suppression(10).isSmall(9));
        assertEquals("<10", new Suppression(10).marker());
    }

    @Test
    void table_hidesTheComplementAndTheRatesBuiltOnHiddenCounts() {
        ReportTable table = new CountTableBuilder("t", "T", "What", five).counts("Count").share("Share", 0)
                .row("a", 3).row("b", 0).row("c", 9).row("d", 7).row("e", 20).additive("Total");
        List<String> shown = table.rows().stream().map(r -> describe(r.cells().get(0))).toList();
        assertEquals(List.of("hidden", "0", "9", "hidden", "20"), shown);
        assertTrue(table.rows().get(0).cells().get(1).suppressed(), "a share of a hidden count is hidden");
        assertEquals("39", describe(table.total().orElseThrow().cells().get(0)));
    }

    @Test
    void table_aSmallTotalIsHiddenToo() {
        ReportTable table = new CountTableBuilder("t", "T", "What", five).counts("Count").row("a", 2).row("b", 0)
                .additive("Total");
        assertEquals("hidden", describe(table.total().orElseThrow().cells().get(0)));
        assertEquals("0", describe(table.rows().get(1).cells().get(0)));
    }

    private static String describe(ReportTable.Cell cell) {
        return cell.suppressed() ? "hidden" : String.valueOf((long) cell.value().orElseThrow());
    }
}
