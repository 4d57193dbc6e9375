package ucount.owners;

import java.util.List;

/**
 * What one kind of evidence says about a device's owner.
 *
 * @param users the known users it points to, sorted: one is a vote for that user; several make it ambiguous; none
 *              makes it a note (e.g. a User ID that names no known user)
 * @param text  the evidence in words, for people
 */
public record Evidence(EvidenceKind kind, List<String> users, String text) implements Comparable<Evidence> {

    public Evidence {
        users = users.stream().distinct().sorted().toList();
    }

    public Confidence confidence() {
        return kind.confidence();
    }

    boolean isVote() {
        return users.size() == 1;
    }

    boolean isAmbiguous() {
        return users.size() > 1;
    }

    /** Strongest kind first, then by text. */
    @Override
    public int compareTo(Evidence o) {
        int c = kind.compareTo(o.kind);
        return c != 0 ? c : text.compareTo(o.text);
    }
}
