package ucount.owners;

import ucount.model.Device;

import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

/**
 * DESCRIPTION: the users the device description names, by full name ("Ann Lee", "Lee, Ann") or by user ID as a
 * whole word. A first name alone names no one.
 */
final class DescriptionNames implements EvidenceCollector {

    @Override
    public Optional<Evidence> collect(Device device, UserIndex users) {
        if (device.description() == null || device.description().isBlank()) return Optional.empty();
        TreeMap<String, String> named = new TreeMap<>();
        for (UserIndex.NamePhrase phrase : users.namedIn(device.description())) {
            // a full name says more than a user ID that happens to be a first name
            named.merge(phrase.userId(), phrase.what(), (a, b) -> a.startsWith("full name") ? a : b);
        }
        if (named.isEmpty()) return Optional.empty();
        List<String> each = named.entrySet().stream().map(e -> e.getKey() + " (" + e.getValue() + ")").toList();
        return Optional.of(new Evidence(EvidenceKind.DESCRIPTION, List.copyOf(named.keySet()), "description '"
                + device.description().trim() + "' names " + (named.size() == 1 ? "" : named.size() + " users: ")
                + String.join(", ", each)));
    }
}
