package ucount.owners;

import ucount.model.Device;
import ucount.model.LicenseType;

import java.util.List;
import java.util.Locale;

/**
 * The owner ucount suggests for one licensed device that has none (or whose owner is not among the users), with all
 * the evidence, strongest first.
 *
 * @param license        the device-only license the device needs now (R12, R14)
 * @param suggestedOwner the user to make its owner; {@code null} when the evidence names no single user
 * @param confidence     how far the suggestion can be trusted; {@code null} without a suggestion
 * @param reason         why there is no suggestion, or why its confidence was lowered; {@code null} otherwise
 */
public record Suggestion(String cluster, Device device, LicenseType license, Status status, String suggestedOwner,
                         Confidence confidence, List<Evidence> evidence, String reason) {

    /** What the evidence came to. */
    public enum Status {
        SUGGESTED, NO_EVIDENCE, AMBIGUOUS, CONFLICTING;

        /** {@code suggested}, {@code no-evidence}, {@code ambiguous}, {@code conflicting}. */
        public String id() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    public Suggestion {
        evidence = List.copyOf(evidence);
    }

    public String name() {
        return device.name();
    }

    /** The Owner User ID the export gives, which names no known user; {@code null} when the device has no owner. */
    public String currentOwner() {
        return device.hasOwner() ? device.ownerUserId() : null;
    }

    public boolean suggested() {
        return status == Status.SUGGESTED;
    }

    /** Whether the suggestion is strong enough to apply at the given minimum confidence. */
    public boolean appliedAt(Confidence minimum) {
        return suggested() && confidence.atLeast(minimum);
    }
}
