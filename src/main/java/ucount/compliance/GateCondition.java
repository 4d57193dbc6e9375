package ucount.compliance;

import ucount.model.LicenseType;
import ucount.model.Warning;
import ucount.rules.Estimate;
import ucount.rules.UserLicense;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A condition that fails the check (exit 4), as a CI job states it: {@code non-compliance}, {@code unknown-models},
 * {@code unassigned>N}, {@code user-devices>N}.
 *
 * @param limit the N of a counting condition; 0 for the others
 */
public record GateCondition(Kind kind, int limit) {

    /** The conditions there are. {@code counted} ones take a limit: they fail when the count is above it. */
    public enum Kind {
        NON_COMPLIANCE("non-compliance", false),
        UNKNOWN_MODELS("unknown-models", false),
        UNASSIGNED("unassigned", true),
        USER_DEVICES("user-devices", true);

        private final String id;
        private final boolean counted;

        Kind(String id, boolean counted) {
            this.id = id;
            this.counted = counted;
        }

        public String id() {
            return id;
        }
    }

    /** Shown when a user writes a condition ucount does not know. */
    public static final String SYNTAX = "non-compliance, unknown-models, unassigned>N, user-devices>N";

    private static final int LISTED = 10;

    public static final GateCondition NON_COMPLIANCE = new GateCondition(Kind.NON_COMPLIANCE, 0);

    public static GateCondition parse(String text) {
        String spec = text.trim().toLowerCase(Locale.ROOT);
        int gt = spec.indexOf('>');
        String name = (gt < 0 ? spec : spec.substring(0, gt)).trim();
        Kind kind = Arrays.stream(Kind.values()).filter(k -> k.id.equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown condition '" + text.trim()
                        + "' (expected one of " + SYNTAX + ")"));
        if (!kind.counted) {
            if (gt >= 0) throw new IllegalArgumentException("'" + kind.id + "' takes no limit: write " + kind.id);
            return new GateCondition(kind, 0);
        }
        if (gt < 0) {
            throw new IllegalArgumentException("'" + kind.id + "' needs a limit, e.g. '" + kind.id
                    + ">10' (quote it in a shell: > is a redirection)");
        }
        String number = spec.substring(gt + 1).trim();
        try {
            int limit = Integer.parseInt(number);
            if (limit < 0) throw new NumberFormatException();
            return new GateCondition(kind, limit);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("the limit of '" + text.trim() + "' must be a whole number >= 0");
        }
    }

    /** As the user writes it. */
    public String id() {
        return kind.counted ? kind.id + ">" + limit : kind.id;
    }

    /** The failure when the condition holds for this estimate and compliance result. */
    public Optional<FailedCondition> evaluate(Estimate estimate, ComplianceResult compliance) {
        String message = switch (kind) {
            case NON_COMPLIANCE -> nonCompliance(compliance);
            case UNKNOWN_MODELS -> unknownModels(estimate);
            case UNASSIGNED -> unassigned(estimate);
            case USER_DEVICES -> userDevices(estimate);
        };
        return Optional.ofNullable(message).map(m -> new FailedCondition(id(), m));
    }

    private static String nonCompliance(ComplianceResult compliance) {
        if (compliance.status() == Status.IN_COMPLIANCE) return null;
        int n = compliance.shortfall();
        return n + (n == 1 ? " license" : " licenses") + " short after borrowing (R33): "
                + compliance.shortTypes().stream().map(a -> a.license().displayName() + " " + a.shortfall())
                .collect(Collectors.joining(", "));
    }

    private static String unknownModels(Estimate estimate) {
        List<Warning> unknown = estimate.warnings().stream().filter(w -> w.code().equals("UNKNOWN_MODEL")).toList();
        if (unknown.isEmpty()) return null;
        return unknown.size() + (unknown.size() == 1 ? " device has a model" : " devices have a model")
                + " the catalog does not know, counted as " + LicenseType.ENHANCED + " (R15): "
                + listed(unknown.stream().map(w -> w.source().toString()).toList());
    }

    private String unassigned(Estimate estimate) {
        int n = estimate.unassignedDevices().size();
        if (n <= limit) return null;
        return n + " licensed devices have no owner among the users (R14), more than " + limit;
    }

    private String userDevices(Estimate estimate) {
        boolean several = estimate.clusters().size() > 1;
        List<UserLicense> over = estimate.users().stream().filter(u -> u.devices().size() > limit)
                .sorted(Comparator.comparingInt((UserLicense u) -> -u.devices().size())
                        .thenComparing(UserLicense::cluster).thenComparing(UserLicense::userId))
                .toList();
        if (over.isEmpty()) return null;
        return over.size() + (over.size() == 1 ? " user owns" : " users own") + " more than " + limit
                + " licensed devices (R1, R2): " + listed(over.stream()
                .map(u -> (several ? u.cluster() + "/" : "") + u.userId() + " " + u.devices().size()).toList());
    }

    private static String listed(List<String> items) {
        String shown = String.join(", ", items.subList(0, Math.min(LISTED, items.size())));
        return items.size() > LISTED ? shown + " and " + (items.size() - LISTED) + " more" : shown;
    }
}
