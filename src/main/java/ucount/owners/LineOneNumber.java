package ucount.owners;

import ucount.model.Device;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

/**
 * LINE1_DN: the users whose primary extension or telephone number is the device's line 1 directory number; failing
 * those, the users whose telephone number ends with it (an extension is the right-most digits of the user's number;
 * at least four digits). Numbers are compared as digits: {@code \+12125552001} is {@code +1 212 555 2001}.
 */
final class LineOneNumber implements EvidenceCollector {

    @Override
    public Optional<Evidence> collect(Device device, UserIndex users) {
        if (device.directoryNumbers().isEmpty()) return Optional.empty();
        String dn = device.directoryNumbers().get(0);
        TreeMap<String, List<String>> how = new TreeMap<>();
        for (String id : users.withExtension(dn)) {
            how.computeIfAbsent(id, k -> new ArrayList<>()).add("primary extension");
        }
        for (String id : users.withTelephoneNumber(dn)) {
            how.computeIfAbsent(id, k -> new ArrayList<>()).add("telephone number " + telephone(users, id));
        }
        if (how.isEmpty()) {
            for (String id : users.withTelephoneEnding(dn)) {
                how.computeIfAbsent(id, k -> new ArrayList<>()).add("telephone number " + telephone(users, id));
            }
        }
        if (how.isEmpty()) return Optional.empty();
        List<String> each = new ArrayList<>();
        how.forEach((id, ways) -> each.add(id + " (" + String.join(", ", ways) + ")"));
        String text = "line 1 DN " + dn + " matches " + (how.size() == 1 ? "" : how.size() + " users: ")
                + String.join(", ", each);
        return Optional.of(new Evidence(EvidenceKind.LINE1_DN, List.copyOf(how.keySet()), text));
    }

    private static String telephone(UserIndex users, String id) {
        return users.user(id).telephoneNumber().trim();
    }
}
