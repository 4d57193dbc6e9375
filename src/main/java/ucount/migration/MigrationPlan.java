package ucount.migration;

import ucount.compliance.Borrowing;
import ucount.compliance.ComplianceResult;
import ucount.model.LicenseType;
import ucount.model.Warning;
import ucount.rules.DeviceLicense;
import ucount.rules.Estimate;
import ucount.rules.RuleSet;
import ucount.rules.Totals;
import ucount.rules.UserLicense;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a pre-9.x cluster converts to (licensing.md section 7): the 9.x requirement of its configuration (R25), the
 * unused DLUs as extra Enhanced seats (R26), and the requested mix, possibly shaped by the user (R28).
 *
 * @param required          R25: the estimate's totals
 * @param userLicenses      the part of {@code required} that users hold
 * @param deviceOnly        the part of {@code required} that devices without an owner hold (R14)
 * @param publicSpacePhones devices without an owner that are not rooms: the public space phone estimate (R13, R27)
 * @param extraEnhanced     R26: floor(unused / dluPerEnhanced); 0 when nothing is unused or installed DLUs are unknown
 * @param requested         R25 + R26, with the types the user named replaced (R28)
 * @param shaped            the types whose requested count the user set (R28)
 * @param warnings          the estimate's and the DLU count's, each once
 */
public record MigrationPlan(RuleSet ruleSet, Totals required, Totals userLicenses, Totals deviceOnly,
                            int publicSpacePhones, DluUsage dlu, int dluPerEnhanced, int extraEnhanced,
                            Totals requested, Set<LicenseType> shaped, List<Warning> warnings) {

    /** Cisco's migration deck: 2800 unused DLUs -> 466 Enhanced, about 6 DLUs each (R26). */
    public static final int DEFAULT_DLU_PER_ENHANCED = 6;

    public MigrationPlan {
        shaped = Collections.unmodifiableSet(shaped.isEmpty() ? EnumSet.noneOf(LicenseType.class)
                : EnumSet.copyOf(shaped));
        warnings = List.copyOf(warnings);
    }

    /** R25 + R26. */
    public static MigrationPlan of(Estimate estimate, DluUsage dlu, int dluPerEnhanced) {
        Totals users = new Totals();
        for (UserLicense user : estimate.users()) user.licenses().forEach(l -> users.add(l, 1));
        Totals devices = new Totals();
        int publicSpace = 0;
        for (DeviceLicense device : estimate.unassignedDevices()) {
            devices.add(device.license(), 1);
            if (device.license() != LicenseType.TELEPRESENCE_ROOM) publicSpace++;
        }
        int extra = extraEnhanced(dlu.unusedDlu(), dluPerEnhanced);
        Totals requested = copy(estimate.totals());
        requested.add(LicenseType.ENHANCED, extra);
        TreeSet<Warning> warnings = new TreeSet<>(estimate.warnings());
        warnings.addAll(dlu.warnings());
        return new MigrationPlan(estimate.options().ruleSet(), copy(estimate.totals()), users, devices, publicSpace,
                dlu, dluPerEnhanced, extra, requested, Set.of(), List.copyOf(warnings));
    }

    /** R26: unused DLUs as whole Enhanced seats, rounded down; 0 when none are unused or the count is unknown. */
    public static int extraEnhanced(Integer unusedDlu, int dluPerEnhanced) {
        if (dluPerEnhanced < 1) throw new IllegalArgumentException("DLUs per Enhanced must be at least 1");
        return unusedDlu == null || unusedDlu <= 0 ? 0 : unusedDlu / dluPerEnhanced;
    }

    /** R28: the requested counts of the named types replaced by the user's; the rest as computed. */
    public MigrationPlan shapedBy(Map<LicenseType, Integer> mix) {
        if (mix.isEmpty()) return this;
        EnumMap<LicenseType, Integer> counts = new EnumMap<>(requested.asMap());
        counts.putAll(mix);
        Totals shapedTotals = new Totals();
        counts.forEach(shapedTotals::add);
        return new MigrationPlan(ruleSet, required, userLicenses, deviceOnly, publicSpacePhones, dlu, dluPerEnhanced,
                extraEnhanced, shapedTotals, mix.keySet(), warnings);
    }

    /** R28 with R30: whether the requested mix covers the requirement. */
    public ComplianceResult coverage() {
        return Borrowing.allocate(required, requested);
    }

    private static Totals copy(Totals totals) {
        Totals copy = new Totals();
        copy.add(totals);
        return copy;
    }
}
