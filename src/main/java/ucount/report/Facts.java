package ucount.report;

import ucount.model.Inventory;
import ucount.model.LicenseType;
import ucount.model.Warning;
import ucount.rules.UserLicense;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/** Summary figures and words the reports share. */
final class Facts {

    private Facts() {
    }

    /**
     * How a report names the one cluster it covers: "cluster" and its name as {@code format} shows it, or "one
     * cluster" when the call named none ({@link Inventory#isNamed}).
     */
    static String loneCluster(String name, UnaryOperator<String> format) {
        return Inventory.isNamed(name) ? "cluster " + format.apply(name) : "one cluster";
    }

    /** {@code DUPLICATE_DEVICE 1, UNKNOWN_MODEL 2}, codes in name order. */
    static String warningCounts(List<Warning> warnings) {
        Map<String, Long> byCode = warnings.stream()
                .collect(Collectors.groupingBy(Warning::code, TreeMap::new, Collectors.counting()));
        return byCode.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "));
    }

    /** How many users have each user license (their highest, {@link UserLicense#userLicense()}), in tier order. */
    static Map<LicenseType, Long> usersByLicense(List<UserLicense> users) {
        Map<LicenseType, Long> counts = new EnumMap<>(LicenseType.class);
        for (LicenseType type : LicenseType.values()) counts.put(type, 0L);
        for (UserLicense u : users) {
            if (u.userLicense() != null) counts.merge(u.userLicense(), 1L, Long::sum);
        }
        return counts;
    }

    static long unlicensedUsers(List<UserLicense> users) {
        return users.stream().filter(u -> u.licenses().isEmpty()).count();
    }

    /** "47 need a license, 5 need none", in the singular where one does. */
    static String needs(List<UserLicense> users) {
        long none = unlicensedUsers(users);
        long licensed = users.size() - none;
        return plural(licensed, "needs", "need") + " a license, " + plural(none, "needs", "need") + " none";
    }

    static String licenses(List<LicenseType> licenses) {
        return licenses.isEmpty() ? "NONE" : licenses.stream().map(LicenseType::name).collect(Collectors.joining(" + "));
    }

    /** A change with its sign: {@code +3}, {@code -1}, {@code 0}. */
    static String signed(int n) {
        return n > 0 ? "+" + n : String.valueOf(n);
    }

    static String plural(long n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}
