package ucount.compliance;

import ucount.model.LicenseType;

import java.util.List;

/** Required against installed licenses after borrowing: one {@link Allocation} per type in tier order, the loans. */
public record ComplianceResult(List<Allocation> types, List<Loan> loans) {

    public ComplianceResult {
        types = List.copyOf(types);
        loans = List.copyOf(loans);
    }

    /** R33. */
    public Status status() {
        return shortfall() == 0 ? Status.IN_COMPLIANCE : Status.NON_COMPLIANCE;
    }

    public int shortfall() {
        return types.stream().mapToInt(Allocation::shortfall).sum();
    }

    public int borrowed() {
        return types.stream().mapToInt(Allocation::borrowed).sum();
    }

    /** The types with a shortfall, in tier order. */
    public List<Allocation> shortTypes() {
        return types.stream().filter(a -> a.shortfall() > 0).toList();
    }

    public Allocation of(LicenseType type) {
        return types.get(type.ordinal());
    }
}
