package ucount.anonymize;

import ucount.model.Device;
import ucount.model.DeviceProfile;
import ucount.model.EndUser;
import ucount.model.Inventory;
import ucount.model.RemoteDestinationProfile;
import ucount.model.Warning;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Replaces the identifiers of the exports (user IDs, first and last names, mail addresses, telephone and directory
 * numbers, device and profile names, descriptions) by pseudonyms, between reading and classification, so that
 * every output of a run is pseudonymous and every count stays what it was.
 *
 * <p>A pseudonym is a keyed hash (HMAC-SHA256 with the salt) of the identifier, shaped like it: letters stay
 * letters with the same upper and lower case, digits stay digits, separators ({@code . _ - @ +} and spaces) stay,
 * so two user IDs that differ only in case still do (R1 owner matching), and an identifier and the same word inside
 * another one map alike ({@code jsmith} and the device {@code CSFJSMITH}; a first name and the same word in a
 * description). Device names keep a prefix that carries their kind ({@code SEP CSF TCT BOT TAB ATA AN}); after
 * {@code SEP}, {@code ATA} and {@code AN} a MAC address becomes another hexadecimal string of the same length.
 * Words are at least {@value #MIN_LENGTH} characters long, so short IDs do not collide; a pseudonymous word or
 * number never equals another one or any word or number of the input (a collision takes the next hash), and the same
 * salt gives the same pseudonyms in every run over the same exports.
 *
 * <p>Models, protocols, cluster names and file names stay: they are not personal, and the file names are the
 * user's own.
 */
public final class Anonymizer {

    static final int MIN_LENGTH = 6;
    private static final int MAC_LENGTH = 12;
    private static final List<String> DEVICE_PREFIXES = List.of("SEP", "CSF", "TCT", "BOT", "TAB", "ATA", "AN");
    private static final List<String> MAC_PREFIXES = List.of("SEP", "ATA", "AN");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final Pattern HEX = Pattern.compile("[0-9A-Fa-f]+");
    /** A token of a warning message that may be an identifier: anything between blanks, quotes, parentheses. */
    private static final Pattern TOKEN = Pattern.compile("[^\\s'\"(),;]+");
    private static final String LETTERS = "abcdefghijklmnopqrstuvwxyz";
    private static final String DIGITS = "0123456789";
    private static final String HEX_DIGITS = "0123456789abcdef";

    private final Mac mac;
    /** Words of the input (folded to lower case): a pseudonym never equals one. */
    private final Set<String> reserved = new HashSet<>();
    /** kind + folded original -> folded pseudonym. */
    private final Map<String, String> assigned = new HashMap<>();
    private final Set<String> issued = new HashSet<>();
    /** Whole identifiers (folded) that warnings of the readers may quote, with how to rewrite them. */
    private final Map<String, UnaryOperator<String>> identifiers = new HashMap<>();
    /**
     * The digits of every directory number and primary extension of four digits or more: an owner suggestion takes
     * a user whose telephone number ends with a device's line (owners' LINE1_DN), so a telephone number's pseudonym
     * ends with such a number's pseudonym exactly when the original ends with that number.
     */
    private final Set<String> extensions = new TreeSet<>();
    /** The pseudonyms of {@link #extensions}, by length. */
    private final Map<Integer, Set<String>> extensionPseudonyms = new HashMap<>();

    private Anonymizer(byte[] key) {
        try {
            mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java runtime has HmacSHA256", e);
        }
    }

    /** Pseudonyms keyed by {@code salt}: the same salt gives the same pseudonyms, so runs can be compared. */
    public static Anonymizer withSalt(String salt) {
        return new Anonymizer(salt.getBytes(StandardCharsets.UTF_8));
    }

    /** A random salt: pseudonyms are stable within the run only. */
    public static Anonymizer withRandomSalt() {
        byte[] salt = new byte[32];
        new SecureRandom().nextBytes(salt);
        return new Anonymizer(HexFormat.of().formatHex(salt).getBytes(StandardCharsets.UTF_8));
    }

    /** All clusters of one run, so that a user has one pseudonym in all of them. */
    public List<Inventory> apply(List<Inventory> inventories) {
        for (Inventory inventory : inventories) rewrite(inventory, new Collector());
        Pseudonyms pseudonyms = new Pseudonyms();
        for (String digits : extensions) { // first, so that no telephone number's pseudonym takes one's tail
            String pseudonym = pseudonyms.digits(digits);
            extensionPseudonyms.computeIfAbsent(pseudonym.length(), n -> new HashSet<>()).add(pseudonym);
        }
        List<Inventory> result = new ArrayList<>();
        for (Inventory inventory : inventories) result.add(rewrite(inventory, pseudonyms));
        return result;
    }

    /** How each kind of field is rewritten; the same walk first collects every original, then replaces it. */
    private interface Fields {
        String text(String value);

        String deviceName(String value);

        String number(String value);

        /** A user's telephone number: a number whose right-most digits may be a line's. */
        String telephone(String value);

        String userId(String value);
    }

    private Inventory rewrite(Inventory inventory, Fields f) {
        List<EndUser> users = inventory.users().stream().map(u -> new EndUser(f.userId(u.userId()),
                f.text(u.firstName()), f.text(u.lastName()), f.telephone(u.telephoneNumber()),
                f.number(u.primaryExtension()), f.text(u.mailId()), u.enableMobility(), u.imAndPresence(),
                u.controlledDevices().stream().map(f::deviceName).toList(),
                u.controlledProfiles().stream().map(f::deviceName).toList(), u.source())).toList();
        List<Device> devices = inventory.devices().stream().map(d -> new Device(f.deviceName(d.name()),
                f.text(d.description()), d.model(), f.userId(d.ownerUserId()), d.protocol(),
                d.directoryNumbers().stream().map(f::number).toList(), d.userIds().stream().map(f::userId).toList(),
                f.userId(d.mobilityUserId()), f.deviceName(d.primaryPhone()), d.source())).toList();
        List<DeviceProfile> profiles = inventory.profiles().stream().map(p -> new DeviceProfile(
                f.deviceName(p.name()), p.model(), f.userId(p.userId()), p.source())).toList();
        List<RemoteDestinationProfile> rdps = inventory.remoteDestinationProfiles().stream()
                .map(r -> new RemoteDestinationProfile(f.deviceName(r.name()), f.userId(r.userId()), r.source()))
                .toList();
        List<Warning> warnings = f instanceof Pseudonyms
                ? inventory.warnings().stream().map(w -> new Warning(w.code(), message(w.message()), w.source()))
                .toList()
                : inventory.warnings();
        return new Inventory(inventory.cluster(), users, devices, profiles, rdps, inventory.usersExported(),
                inventory.inputs(), warnings);
    }

    /** The readers' warnings quote identifiers (duplicate devices, user IDs differing in case): those are rewritten. */
    private String message(String message) {
        Matcher m = TOKEN.matcher(message);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String token = m.group();
            String tail = "";
            UnaryOperator<String> rewrite = identifiers.get(fold(token));
            if (rewrite == null && token.length() > 1 && ".:".indexOf(token.charAt(token.length() - 1)) >= 0) {
                tail = token.substring(token.length() - 1); // the end of a sentence, or "ID:"
                token = token.substring(0, token.length() - 1);
                rewrite = identifiers.get(fold(token));
            }
            m.appendReplacement(sb, Matcher.quoteReplacement(rewrite == null ? m.group() : rewrite.apply(token) + tail));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    /** First walk: every word of the input is reserved, and the identifiers warnings may quote are noted. */
    private final class Collector implements Fields {
        private final Pseudonyms later = new Pseudonyms();

        @Override
        public String text(String value) {
            if (value != null) words(value);
            return value;
        }

        @Override
        public String deviceName(String value) {
            if (value == null || value.isEmpty()) return value;
            words(value);
            identifiers.putIfAbsent(fold(value), later::deviceName);
            return value;
        }

        /** A line's number (a DN, a primary extension): reserved, and noted as a line a telephone may end with. */
        @Override
        public String number(String value) {
            if (value == null || value.isEmpty()) return value;
            String digits = reserve(value);
            if (digits.length() >= 4) extensions.add(digits);
            return value;
        }

        @Override
        public String telephone(String value) {
            if (value == null || value.isEmpty()) return value;
            reserve(value);
            return value;
        }

        /** Reserves a number's words and its digits; gives the digits. */
        private String reserve(String value) {
            words(value);
            String digits = value.replaceAll("\\D", "");
            reserved.add(digits);
            return digits;
        }

        @Override
        public String userId(String value) {
            if (value == null || value.isEmpty()) return value;
            words(value);
            identifiers.putIfAbsent(fold(value), later::userId);
            return value;
        }

        private void words(String value) {
            Matcher m = WORD.matcher(value);
            while (m.find()) reserved.add(fold(m.group()));
        }
    }

    /** Second walk: every value replaced by its pseudonym. */
    private final class Pseudonyms implements Fields {

        @Override
        public String text(String value) {
            if (value == null || value.isEmpty()) return value;
            Matcher m = WORD.matcher(value);
            StringBuilder sb = new StringBuilder();
            while (m.find()) m.appendReplacement(sb, Matcher.quoteReplacement(word(m.group())));
            m.appendTail(sb);
            return sb.toString();
        }

        @Override
        public String userId(String value) {
            return text(value);
        }

        @Override
        public String deviceName(String value) {
            if (value == null || value.isEmpty()) return value;
            for (String prefix : DEVICE_PREFIXES) {
                if (value.length() > prefix.length() && value.regionMatches(true, 0, prefix, 0, prefix.length())) {
                    String rest = value.substring(prefix.length());
                    Matcher first = WORD.matcher(rest);
                    if (!first.lookingAt()) continue;
                    String run = first.group();
                    String head = MAC_PREFIXES.contains(prefix) && run.length() >= MAC_LENGTH && HEX.matcher(run).matches()
                            ? hex(run) : word(run);
                    return value.substring(0, prefix.length()) + head + text(rest.substring(run.length()));
                }
            }
            return text(value);
        }

        /** All digits of a number are one word: a DN and the same primary extension map alike. */
        @Override
        public String number(String value) {
            if (value == null || value.isEmpty()) return value;
            String digits = value.replaceAll("\\D", "");
            if (digits.isEmpty()) return text(value);
            return placed(value, digits, digits(digits));
        }

        /**
         * A telephone number whose right-most digits are a line's (an {@link #extensions extension}) ends with that
         * line's pseudonym, the digits before it a pseudonym of their own; any other ends with no line's pseudonym.
         * The same number of digits either way, where the digits were.
         */
        @Override
        public String telephone(String value) {
            if (value == null || value.isEmpty()) return value;
            String digits = value.replaceAll("\\D", "");
            if (digits.isEmpty() || extensions.contains(digits)) return number(value);
            String line = null;
            for (int from = 1; from <= digits.length() - 4 && line == null; from++) {
                if (extensions.contains(digits.substring(from))) line = digits.substring(from);
            }
            if (line == null) {
                return placed(value, digits, pseudonym("number", digits, DIGITS,
                        Math.max(MIN_LENGTH, digits.length()), candidate -> endsWithALine(candidate, null)));
            }
            return placed(value, digits, withLine(digits, line));
        }

        /**
         * The pseudonym of a telephone number that ends with a line: a head of its own before the line's pseudonym,
         * the whole unique and ending with no other line's. (A head needs only be unique with its line, so it is
         * drawn here rather than by {@link #pseudonym}, which keeps every pseudonym apart.)
         */
        private String withLine(String digits, String line) {
            String key = "telephone:" + digits;
            String known = assigned.get(key);
            if (known != null) return known;
            String tail = digits(line);
            int length = Math.max(1, digits.length() - tail.length());
            for (int attempt = 0; ; attempt++) {
                if (attempt > 0 && attempt % 1000 == 0) length++; // every head of that length is taken: one more
                byte[] stream = stream(key + "#" + attempt, length);
                StringBuilder sb = new StringBuilder(length + tail.length());
                for (int i = 0; i < length; i++) sb.append(DIGITS.charAt(Byte.toUnsignedInt(stream[i]) % 10));
                String candidate = sb.append(tail).toString();
                if (!reserved.contains(candidate) && !endsWithALine(candidate, tail) && issued.add(candidate)) {
                    assigned.put(key, candidate);
                    return candidate;
                }
            }
        }

        /** The pseudonym of a number's digits. */
        String digits(String digits) {
            return pseudonym("number", digits, DIGITS, Math.max(MIN_LENGTH, digits.length()));
        }

        /** Whether {@code candidate} ends with the pseudonym of a line other than {@code own}. */
        private boolean endsWithALine(String candidate, String own) {
            for (Map.Entry<Integer, Set<String>> e : extensionPseudonyms.entrySet()) {
                if (e.getKey() > candidate.length()) continue;
                String end = candidate.substring(candidate.length() - e.getKey());
                if (!end.equals(own) && e.getValue().contains(end)) return true;
            }
            return false;
        }

        /** The pseudonym's digits where the original's were, its extra digits after the last. */
        private String placed(String value, String digits, String pseudonym) {
            StringBuilder sb = new StringBuilder();
            int next = 0;
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                if (Character.isDigit(c)) {
                    sb.append(pseudonym.charAt(next++));
                    if (next == digits.length()) sb.append(pseudonym, next, pseudonym.length());
                } else if (Character.isLetter(c)) {
                    sb.append(word(String.valueOf(c)));
                } else {
                    sb.append(c);
                }
            }
            return sb.toString();
        }

        /** A run of letters and digits: letters stay letters in the same case, digits stay digits. */
        private String word(String run) {
            String folded = fold(run);
            boolean digitsOnly = folded.chars().allMatch(Character::isDigit);
            if (digitsOnly) return pseudonym("number", folded, DIGITS, Math.max(MIN_LENGTH, folded.length()));
            String shape = pseudonym("word", folded, null, Math.max(MIN_LENGTH, folded.length()));
            return withCase(run, shape);
        }

        /** A MAC address: upper-case hex when the original has no lower-case letter (as CUCM writes them). */
        private String hex(String run) {
            String shape = pseudonym("hex", fold(run), HEX_DIGITS, run.length());
            return run.chars().anyMatch(Character::isLowerCase) ? withCase(run, shape) : shape.toUpperCase(Locale.ROOT);
        }
    }

    /**
     * The folded pseudonym of a folded original, the same for the same salt and original: {@code alphabet} for every
     * position, or (when {@code null}) letters where the original has a letter and digits where it has a digit.
     */
    private String pseudonym(String kind, String folded, String alphabet, int length) {
        return pseudonym(kind, folded, alphabet, length, candidate -> false);
    }

    /** {@link #pseudonym(String, String, String, int)}, never one that {@code refused} refuses. */
    private String pseudonym(String kind, String folded, String alphabet, int length, Predicate<String> refused) {
        String key = kind + ":" + folded;
        String known = assigned.get(key);
        if (known != null) return known;
        for (int attempt = 0; ; attempt++) {
            byte[] stream = stream(key + "#" + attempt, length);
            StringBuilder sb = new StringBuilder(length);
            for (int i = 0; i < length; i++) {
                String letters = alphabet != null ? alphabet
                        : Character.isDigit(folded.charAt(Math.min(i, folded.length() - 1))) ? DIGITS : LETTERS;
                sb.append(letters.charAt(Byte.toUnsignedInt(stream[i]) % letters.length()));
            }
            String candidate = sb.toString();
            if (!reserved.contains(candidate) && !refused.test(candidate) && issued.add(candidate)) {
                assigned.put(key, candidate);
                return candidate;
            }
        }
    }

    private byte[] stream(String key, int length) {
        byte[] out = new byte[length];
        int filled = 0;
        for (int block = 0; filled < length; block++) {
            mac.update(key.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) block);
            byte[] hash = mac.doFinal();
            int n = Math.min(hash.length, length - filled);
            System.arraycopy(hash, 0, out, filled, n);
            filled += n;
        }
        return out;
    }

    /** Upper case where the original is, so identifiers differing only in case still differ only in case. */
    private static String withCase(String original, String folded) {
        boolean allUpper = original.chars().noneMatch(Character::isLowerCase)
                && original.chars().anyMatch(Character::isUpperCase);
        StringBuilder sb = new StringBuilder(folded.length());
        for (int i = 0; i < folded.length(); i++) {
            boolean upper = i < original.length() ? Character.isUpperCase(original.charAt(i)) : allUpper;
            char c = folded.charAt(i);
            sb.append(upper ? Character.toUpperCase(c) : c);
        }
        return sb.toString();
    }

    private static String fold(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
