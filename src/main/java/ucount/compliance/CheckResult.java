package ucount.compliance;

import ucount.rules.Estimate;
import ucount.rules.Totals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything {@code ucount check} reports: the estimate (required, per cluster and in total, R32), the comparison
 * with the installed licenses (R30-R33), the grace period when non-compliance has begun (R40-R42), and the gate
 * conditions that fail.
 *
 * @param since the day non-compliance began, as given; {@code null} when not given
 * @param grace present when the estate is not in compliance and {@code since} is known
 */
public record CheckResult(Estimate estimate, ComplianceResult compliance, LocalDate since, Optional<Grace> grace,
                          List<FailedCondition> failed) {

    public CheckResult {
        failed = List.copyOf(failed);
    }

    /**
     * Compares the estimate's overall totals with one pool of installed licenses (R32), then evaluates
     * {@code non-compliance} (always) and the other conditions, each once.
     */
    public static CheckResult of(Estimate estimate, Totals installed, LocalDate since, LocalDate today,
                                 List<GateCondition> conditions) {
        ComplianceResult compliance = Borrowing.allocate(estimate.totals(), installed);
        Optional<Grace> grace = since != null && compliance.status() == Status.NON_COMPLIANCE
                ? Optional.of(Grace.of(estimate.options().ruleSet(), since, today)) : Optional.empty();
        Map<String, GateCondition> unique = new LinkedHashMap<>();
        unique.put(GateCondition.NON_COMPLIANCE.id(), GateCondition.NON_COMPLIANCE);
        for (GateCondition c : conditions) unique.putIfAbsent(c.id(), c);
        List<FailedCondition> failed = new ArrayList<>();
        for (GateCondition c : unique.values()) c.evaluate(estimate, compliance).ifPresent(failed::add);
        return new CheckResult(estimate, compliance, since, grace, failed);
    }

    public boolean passed() {
        return failed.isEmpty();
    }
}
