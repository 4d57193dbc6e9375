package ucount.compliance;

/** R33: in compliance when every requirement is met after borrowing. */
public enum Status {
    IN_COMPLIANCE, NON_COMPLIANCE
}
