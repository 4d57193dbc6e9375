package ucount.compliance;

/** A gate condition that holds, named as the user wrote it ({@code unassigned>10}), and what was found. */
public record FailedCondition(String condition, String message) {
}
