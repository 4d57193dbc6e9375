package ucount.compliance;

import ucount.model.LicenseType;

/**
 * One license type after borrowing (R30, R31).
 *
 * @param borrowed units of this type's demand met by licenses of higher tiers
 * @param lent     units of this type's licenses used for the demand of lower tiers
 * @param available installed - own use - lent: licenses still free
 * @param shortfall demand met by nothing
 */
public record Allocation(LicenseType license, int required, int installed, int borrowed, int lent, int available,
                         int shortfall) {
}
