package ucount.compliance;

import ucount.model.LicenseType;

/** {@code count} licenses of tier {@code from} cover demand of the lower tier {@code to} (R30). */
public record Loan(LicenseType from, LicenseType to, int count) {
}
