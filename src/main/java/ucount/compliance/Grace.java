package ucount.compliance;

import ucount.rules.RuleSet;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * R40-R42: how long a non-compliant estate keeps working. Enforcement starts {@code graceDays} after the day
 * non-compliance began (60 under {@code elm}, R40; 90 under {@code smart}, R41).
 *
 * @param daysLeft days from today until enforcement; 0 once it is in effect
 */
public record Grace(RuleSet ruleSet, LocalDate since, LocalDate today, LocalDate enforcementDate, long daysLeft) {

    /** What enforcement blocks (R40, the same under R41). */
    public static final List<String> BLOCKED = List.of(
            "devices and users cannot be provisioned",
            "license-affecting user changes (Enable Mobility, Enable IM and Presence) are blocked");

    public static Grace of(RuleSet ruleSet, LocalDate since, Clock clock) {
        return of(ruleSet, since, LocalDate.now(clock));
    }

    /** R42. */
    public static Grace of(RuleSet ruleSet, LocalDate since, LocalDate today) {
        if (since.isAfter(today)) {
            throw new IllegalArgumentException("non-compliance cannot begin (" + since + ") after today (" + today + ")");
        }
        LocalDate enforcement = since.plusDays(ruleSet.graceDays());
        return new Grace(ruleSet, since, today, enforcement, Math.max(0, ChronoUnit.DAYS.between(today, enforcement)));
    }

    public int graceDays() {
        return ruleSet.graceDays();
    }

    /** Whether the grace period is over: enforcement is in effect from the enforcement date on. */
    public boolean enforced() {
        return !today.isBefore(enforcementDate);
    }

    public String rule() {
        return rule(ruleSet);
    }

    /** The rule that sets the period: R40 for elm, R41 for smart. */
    public static String rule(RuleSet ruleSet) {
        return ruleSet == RuleSet.SMART ? "R41" : "R40";
    }
}
