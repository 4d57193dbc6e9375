package ucount.migration;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The License Migration Request of R27: what Prime License Manager's "Migrate licenses" wizard sends for a pre-9.x
 * Unified CM upgraded to 9.x: the product and versions, the pre-upgrade DLU summary, the requested licenses
 * (R25, R26, R28), and the requester's details.
 *
 * @param name    {@code <product>-migrate-<date-time-stamp>}, the wizard's default name
 * @param missing what a written request still needs (empty when complete); a preview may be incomplete
 */
public record MigrationRequest(String name, OffsetDateTime created, String product, MigrationPlan plan,
                               RequestDetails details, List<String> missing) {

    /** The product type of S2's wizard; ucount migrates Unified CM only. */
    public static final String PRODUCT = "Unified CM";

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    public MigrationRequest {
        missing = List.copyOf(missing);
    }

    public static MigrationRequest of(OffsetDateTime created, MigrationPlan plan, RequestDetails details,
                                      List<String> missing) {
        return new MigrationRequest(defaultName(PRODUCT, created), created.withNano(0), PRODUCT, plan, details,
                missing);
    }

    /** The product name without spaces (a file name), "-migrate-", and the local date and time. */
    public static String defaultName(String product, OffsetDateTime created) {
        return product.replace(" ", "") + "-migrate-" + STAMP.format(created);
    }

    /** The public space phone estimate: the user's, or the configuration's devices without an owner. */
    public int publicSpacePhones() {
        return details.publicSpacePhones() != null ? details.publicSpacePhones() : plan.publicSpacePhones();
    }

    public boolean complete() {
        return missing.isEmpty();
    }
}
