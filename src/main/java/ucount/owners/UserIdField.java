package ucount.owners;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The evidence of a phone field that holds user IDs. */
final class UserIdField {

    private UserIdField() {
    }

    static Optional<Evidence> collect(EvidenceKind kind, String field, List<String> values, UserIndex users) {
        List<String> found = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        for (String value : values.stream().filter(v -> v != null && !v.isEmpty()).distinct().toList()) {
            List<String> named = users.find(value);
            if (named.isEmpty()) unknown.add("'" + value + "'");
            found.addAll(named);
        }
        if (found.isEmpty() && unknown.isEmpty()) return Optional.empty();
        List<String> parts = new ArrayList<>();
        if (!found.isEmpty()) parts.add(field + " names " + EvidenceCollector.describe(found));
        if (!unknown.isEmpty()) {
            parts.add((found.isEmpty() ? field + " " : "") + String.join(", ", unknown)
                    + (unknown.size() == 1 ? " is" : " are") + " not among the users");
        }
        return Optional.of(new Evidence(kind, found, String.join("; ", parts)));
    }
}
