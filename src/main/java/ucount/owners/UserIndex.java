package ucount.owners;

import ucount.model.EndUser;
import ucount.rules.ClusterEstimate;
import ucount.rules.UserLicense;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * One cluster's users, indexed for the evidence collectors: by user ID (exact, then ignoring case), by controlled
 * device, by number, by Jabber-style name, and by the words of their names.
 */
final class UserIndex {

    /** Device names are at most 15 characters: a Jabber prefix leaves 12 for the user ID, which may be cut short. */
    static final int JABBER_ID_LENGTH = 12;
    /** Matching a line to the right-most digits of a telephone number needs at least this many digits (policy). */
    static final int MIN_EXTENSION_DIGITS = 4;

    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{Nd}]+");
    private static final Pattern DIALABLE = Pattern.compile("\\\\?\\+?[0-9 ().-]+");

    private final Map<String, EndUser> byId = new LinkedHashMap<>();
    private final Map<String, List<String>> byFoldedId = new HashMap<>();
    private final Map<String, TreeSet<String>> controllers = new HashMap<>();
    private final Map<String, List<String>> byExtension = new HashMap<>();
    private final Map<String, List<String>> byTelephone = new HashMap<>();
    /** Users' telephone numbers by their last {@link #MIN_EXTENSION_DIGITS} digits: an entry a user, not a suffix. */
    private final Map<String, List<Telephone>> byTelephoneEnding = new HashMap<>();
    private final Map<String, List<String>> byJabberId = new HashMap<>();
    private final Map<String, List<String>> byTruncatedJabberId = new HashMap<>();
    /** Name phrases by their words joined with spaces, so that a text is matched by lookups, not by scanning. */
    private final Map<String, List<NamePhrase>> phrases = new HashMap<>();
    private int longestPhrase;

    /** A sequence of words that names a user in free text. */
    record NamePhrase(String userId, List<String> words, String what) {
    }

    /** A user's telephone number, as digits. */
    private record Telephone(String digits, String userId) {
    }

    UserIndex(ClusterEstimate cluster) {
        Map<String, EndUser> records = new HashMap<>();
        for (EndUser u : cluster.inventory().users()) records.putIfAbsent(u.userId(), u);
        for (UserLicense license : cluster.users()) {
            String id = license.userId();
            EndUser user = records.getOrDefault(id,
                    new EndUser(id, null, null, null, null, null, null, null, List.of(), List.of(), null));
            byId.put(id, user);
            byFoldedId.computeIfAbsent(id.toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(id);
            for (String device : user.controlledDevices()) {
                controllers.computeIfAbsent(device.toUpperCase(Locale.ROOT), k -> new TreeSet<>()).add(id);
            }
            indexNumbers(user);
            indexJabberId(id);
            indexNames(user);
        }
    }

    EndUser user(String userId) {
        return byId.get(userId);
    }

    /** The users an ID names: itself when known, else every user whose ID differs only in case. */
    List<String> find(String userId) {
        if (userId == null || userId.isEmpty()) return List.of();
        if (byId.containsKey(userId)) return List.of(userId);
        return byFoldedId.getOrDefault(userId.toLowerCase(Locale.ROOT), List.of());
    }

    /** The users whose controlled-devices list names the device (device names ignore case in CUCM). */
    List<String> controllersOf(String deviceName) {
        return List.copyOf(controllers.getOrDefault(deviceName.toUpperCase(Locale.ROOT), new TreeSet<>()));
    }

    /** Users whose primary extension is the number. */
    List<String> withExtension(String number) {
        String digits = digits(number);
        return digits == null ? List.of() : byExtension.getOrDefault(digits, List.of());
    }

    /** Users whose telephone number is the number (compared as digits). */
    List<String> withTelephoneNumber(String number) {
        String digits = digits(number);
        return digits == null ? List.of() : byTelephone.getOrDefault(digits, List.of());
    }

    /** Users whose telephone number ends with the number, at least {@link #MIN_EXTENSION_DIGITS} digits long. */
    List<String> withTelephoneEnding(String number) {
        String digits = digits(number);
        if (digits == null || digits.length() < MIN_EXTENSION_DIGITS) return List.of();
        List<String> found = new ArrayList<>();
        for (Telephone phone : byTelephoneEnding.getOrDefault(ending(digits), List.of())) {
            if (phone.digits().length() > digits.length() && phone.digits().endsWith(digits)) found.add(phone.userId());
        }
        return found;
    }

    /** Users whose ID, as a device name would carry it, is the given suffix of a Jabber device name. */
    List<String> withJabberId(String suffix) {
        String key = jabberKey(suffix);
        if (key.isEmpty()) return List.of();
        List<String> found = new ArrayList<>(byJabberId.getOrDefault(key, List.of()));
        if (key.length() == JABBER_ID_LENGTH) found.addAll(byTruncatedJabberId.getOrDefault(key, List.of()));
        return found;
    }

    /** The name phrases found in a text, each with the user it names. */
    List<NamePhrase> namedIn(String text) {
        List<String> words = words(text);
        List<NamePhrase> found = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            StringBuilder key = new StringBuilder();
            for (int end = i; end < Math.min(words.size(), i + longestPhrase); end++) {
                if (end > i) key.append(' ');
                found.addAll(phrases.getOrDefault(key.append(words.get(end)).toString(), List.of()));
            }
        }
        return found;
    }

    private void indexNumbers(EndUser user) {
        String extension = digits(withoutPartition(user.primaryExtension()));
        if (extension != null) byExtension.computeIfAbsent(extension, k -> new ArrayList<>()).add(user.userId());
        String phone = digits(user.telephoneNumber());
        if (phone == null) return;
        byTelephone.computeIfAbsent(phone, k -> new ArrayList<>()).add(user.userId());
        if (phone.length() > MIN_EXTENSION_DIGITS) {
            byTelephoneEnding.computeIfAbsent(ending(phone), k -> new ArrayList<>()).add(new Telephone(phone,
                    user.userId()));
        }
    }

    /** The ID as a device name carries it; for an ID that is an e-mail address, also its local part. */
    private void indexJabberId(String userId) {
        int at = userId.indexOf('@');
        List<String> keys = new ArrayList<>(List.of(jabberKey(userId)));
        if (at > 0) keys.add(jabberKey(userId.substring(0, at)));
        for (String key : keys.stream().filter(k -> !k.isEmpty()).distinct().toList()) {
            byJabberId.computeIfAbsent(key, k -> new ArrayList<>()).add(userId);
            if (key.length() > JABBER_ID_LENGTH) {
                byTruncatedJabberId.computeIfAbsent(key.substring(0, JABBER_ID_LENGTH), k -> new ArrayList<>())
                        .add(userId);
            }
        }
    }

    /** A user's phrases, each once ("Lee Lee" read forwards and backwards is one), each user indexed once. */
    private void indexNames(EndUser user) {
        List<NamePhrase> named = new ArrayList<>(3);
        List<String> first = words(user.firstName());
        List<String> last = words(user.lastName());
        if (!first.isEmpty() && !last.isEmpty()) {
            String full = (user.firstName().trim() + " " + user.lastName().trim());
            named.add(new NamePhrase(user.userId(), concat(first, last), "full name " + full));
            named.add(new NamePhrase(user.userId(), concat(last, first), "full name " + full));
        }
        List<String> id = words(user.userId());
        if (String.join("", id).length() >= 3) named.add(new NamePhrase(user.userId(), id, "user ID"));
        Set<List<String>> added = new HashSet<>();
        for (NamePhrase phrase : named) {
            if (!added.add(phrase.words())) continue;
            phrases.computeIfAbsent(String.join(" ", phrase.words()), k -> new ArrayList<>()).add(phrase);
            longestPhrase = Math.max(longestPhrase, phrase.words().size());
        }
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private static String ending(String digits) {
        return digits.substring(digits.length() - MIN_EXTENSION_DIGITS);
    }

    /** "2001 in PT_INTERNAL" (a DN with its partition) -> "2001". */
    static String withoutPartition(String extension) {
        if (extension == null) return null;
        int in = extension.toLowerCase(Locale.ROOT).indexOf(" in ");
        return in < 0 ? extension : extension.substring(0, in);
    }

    /** Lower-case words of letters and digits (any script); everything else separates words. */
    static List<String> words(String text) {
        if (text == null) return List.of();
        String normal = NOT_WORD.matcher(text.toLowerCase(Locale.ROOT)).replaceAll(" ").trim();
        return normal.isEmpty() ? List.of() : List.of(normal.split(" "));
    }

    /** A user ID as a device name carries it: upper case, letters and digits only. */
    static String jabberKey(String text) {
        return text.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "");
    }

    /**
     * The digits of a dialable number ({@code 2001}, {@code \+12125552001}, {@code +1 212 555 2001}); {@code null}
     * for anything else (empty, or a pattern with wildcards).
     */
    static String digits(String number) {
        if (number == null) return null;
        String text = number.trim();
        if (text.isEmpty() || !DIALABLE.matcher(text).matches()) return null;
        String digits = text.replaceAll("\\D", "");
        return digits.isEmpty() ? null : digits;
    }
}
