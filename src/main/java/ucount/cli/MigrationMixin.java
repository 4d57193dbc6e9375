package ucount.cli;

import picocli.CommandLine.Option;
import ucount.migration.MigrationPlan;
import ucount.model.LicenseType;

/** The pre-9.x numbers a user knows from the old cluster's license file: installed DLUs, and the R26 rate. */
final class MigrationMixin {

    @Option(names = "--installed-dlu", paramLabel = "N",
            description = "Device License Units installed on the pre-9.x cluster (its license file); shows the "
                    + "unused DLUs (R24) and what they convert to (R26).")
    Integer installedDlu;

    @Option(names = "--dlu-per-enhanced", paramLabel = "N", defaultValue = "6",
            description = "Unused DLUs per extra Enhanced UCL on migration (R26); default ${DEFAULT-VALUE}, the "
                    + "rate of Cisco's migration deck.")
    int dluPerEnhanced = MigrationPlan.DEFAULT_DLU_PER_ENHANCED;

    void validate() throws UsageException {
        if (installedDlu != null && (installedDlu < 0 || installedDlu > LicenseType.MAX_COUNT)) {
            throw new UsageException("--installed-dlu must be from 0 to " + LicenseType.MAX_COUNT + ", not "
                    + installedDlu);
        }
        if (dluPerEnhanced < 1) {
            throw new UsageException("--dlu-per-enhanced must be 1 or more, not " + dluPerEnhanced);
        }
    }
}
