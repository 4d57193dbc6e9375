package ucount.owners;

import ucount.model.Warning;
import ucount.rules.Estimate;
import ucount.rules.Totals;

import java.util.List;

/**
 * {@code ucount owners}: every unassigned licensed device with its suggestion, and the estimate before and after the
 * suggestions at or above {@code minConfidence} are applied.
 *
 * @param before   the estimate of the export as it is, with the hygiene findings among its warnings
 * @param after    the estimate with the applied suggestions' owners set
 * @param findings the hygiene findings of {@code before} (TOO_MANY_DEVICES, UNKNOWN_MODEL, UNKNOWN_OWNER)
 */
public record OwnersResult(Confidence minConfidence, int maxDevices, Estimate before, Estimate after,
                           List<Suggestion> suggestions, List<UserChange> userChanges, List<Warning> findings) {

    public OwnersResult {
        suggestions = List.copyOf(suggestions);
        userChanges = List.copyOf(userChanges);
        findings = List.copyOf(findings);
    }

    /** The suggestions the BAT file and the "after" estimate carry. */
    public List<Suggestion> applied() {
        return suggestions.stream().filter(s -> s.appliedAt(minConfidence)).toList();
    }

    /** After minus before, per license type. */
    public Totals change() {
        return difference(after.totals(), before.totals());
    }

    /** {@code after - before} per license type. */
    public static Totals difference(Totals after, Totals before) {
        Totals change = new Totals();
        after.asMap().forEach((type, n) -> change.add(type, n - before.get(type)));
        return change;
    }
}
