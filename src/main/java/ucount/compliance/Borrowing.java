package ucount.compliance;

import ucount.model.LicenseType;
import ucount.rules.Totals;

import java.util.ArrayList;
import java.util.List;

/**
 * R30 and R31: meets each license type's requirement from the installed licenses, a pure function of the two
 * counts.
 * <p>
 * Policy (R30): every tier is first satisfied from its own licenses; then, from the lowest tier upward, each
 * tier's remaining demand borrows from the nearest higher tier that has spares, moving up. Taking the lowest
 * usable spare first never leaves a shortfall that another order would avoid, since any license that can cover a
 * lower tier's demand can also cover the demand of every tier between. TELEPRESENCE_ROOM stands apart (R31): its
 * demand is met only by its own licenses, and its spares cover nothing else.
 */
public final class Borrowing {

    /** The Russian doll (R30), lowest tier first; TELEPRESENCE_ROOM is not in it (R31). */
    static final List<LicenseType> DOLL = List.of(LicenseType.ESSENTIAL, LicenseType.BASIC, LicenseType.ENHANCED,
            LicenseType.ENHANCED_PLUS, LicenseType.CUWL_STANDARD, LicenseType.CUWL_PROFESSIONAL);

    private Borrowing() {
    }

    public static ComplianceResult allocate(Totals required, Totals installed) {
        int n = LicenseType.values().length;
        int[] spare = new int[n];
        int[] missing = new int[n];
        int[] borrowed = new int[n];
        int[] lent = new int[n];
        for (LicenseType type : LicenseType.values()) {
            int need = required.get(type);
            int have = installed.get(type);
            if (need < 0 || have < 0) throw new IllegalArgumentException("negative count for " + type);
            int own = Math.min(need, have);
            spare[type.ordinal()] = have - own;
            missing[type.ordinal()] = need - own;
        }

        List<Loan> loans = new ArrayList<>();
        for (int low = 0; low < DOLL.size(); low++) {
            int to = DOLL.get(low).ordinal();
            for (int high = low + 1; high < DOLL.size() && missing[to] > 0; high++) {
                int from = DOLL.get(high).ordinal();
                int take = Math.min(missing[to], spare[from]);
                if (take == 0) continue;
                spare[from] -= take;
                lent[from] += take;
                missing[to] -= take;
                borrowed[to] += take;
                loans.add(new Loan(DOLL.get(high), DOLL.get(low), take));
            }
        }

        List<Allocation> types = new ArrayList<>();
        for (LicenseType type : LicenseType.values()) {
            int i = type.ordinal();
            types.add(new Allocation(type, required.get(type), installed.get(type), borrowed[i], lent[i], spare[i],
                    missing[i]));
        }
        return new ComplianceResult(types, loans);
    }
}
