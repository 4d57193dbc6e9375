package ucount.migration;

import ucount.model.Source;

/**
 * What one configured device costs in pre-9.x Device License Units (R20, R21), and why.
 *
 * @param model      the catalog's spelling of the model when the catalog knows it, else the export's
 * @param confidence the catalog's DLU confidence (high, assumed, user), or "assumed" for a policy cost
 * @param adjunct    R21: a client configured as the secondary device of a primary phone
 * @param reason     the rule and the numbers, e.g. "R20: Cisco 7960 costs 4 DLUs (high)"
 */
public record DeviceDlu(String cluster, String name, String model, int dlu, String confidence, boolean adjunct,
                        String reason, Source source) {
}
