package ucount.report;

import org.junit.jupiter.api.Test;
import ucount.model.LicenseType;
import ucount.rules.Totals;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The net-change line of {@code owners}: tier order, signs, and the overall count. */
class OwnersTextTest {

    @Test
    void netChange_inTierOrderWithTheOverallCount() {
        Totals change = new Totals();
        change.add(LicenseType.CUWL_STANDARD, 14);
        change.add(LicenseType.ENHANCED, -212);
        change.add(LicenseType.ENHANCED_PLUS, 85);
        assertEquals("-212 ENHANCED, +85 ENHANCED_PLUS, +14 CUWL_STANDARD (113 licenses fewer)",
                OwnersText.netChange(change));
    }

    @Test
    void netChange_noneOneAndEven() {
        assertEquals("none", OwnersText.netChange(new Totals()));
        Totals one = new Totals();
        one.add(LicenseType.BASIC, -1);
        assertEquals("-1 BASIC (1 license fewer)", OwnersText.netChange(one));
        Totals even = new Totals();
        even.add(LicenseType.ENHANCED, -1);
        even.add(LicenseType.ENHANCED_PLUS, 1);
        assertEquals("-1 ENHANCED, +1 ENHANCED_PLUS (as many licenses)", OwnersText.netChange(even));
    }
}
