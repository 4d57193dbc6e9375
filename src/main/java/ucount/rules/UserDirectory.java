package ucount.rules;

import ucount.model.EndUser;
import ucount.model.Inventory;
import ucount.model.Source;
import ucount.model.Warning;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Finds the user a user ID names (R1). An exact match wins; failing that, a single user whose ID differs only in
 * case is taken, with a warning (CUCM stores the owner as a key, so a case difference comes from editing).
 * When a cluster has no users export, the users are the IDs its devices and profiles name (policy, with a warning).
 * Each user has an {@link Account} that gathers what names them, so that a device costs one lookup.
 */
final class UserDirectory {

    /** A user and what names them: the licensed devices they own (R1), their RDPs (R4) and device profiles (R5). */
    static final class Account {

        final EndUser user;
        // Made on first use: most users have no RDP, no profile, and a user of a million has a few devices at most.
        private List<ClassifiedDevice> devices;
        private List<String> rdps;
        private List<String> profiles;

        private Account(EndUser user) {
            this.user = user;
        }

        void own(ClassifiedDevice device) {
            if (devices == null) devices = new ArrayList<>(2);
            devices.add(device);
        }

        void rdp(String name) {
            if (rdps == null) rdps = new ArrayList<>(1);
            rdps.add(name);
        }

        void profile(String name) {
            if (profiles == null) profiles = new ArrayList<>(1);
            profiles.add(name);
        }

        List<ClassifiedDevice> devices() {
            return devices == null ? List.of() : devices;
        }

        List<String> rdps() {
            return rdps == null ? List.of() : rdps;
        }

        List<String> profiles() {
            return profiles == null ? List.of() : profiles;
        }
    }

    private final Map<String, Account> exact = new LinkedHashMap<>();
    /** Accounts by folded ID, built when an ID first fails to match exactly: clean exports never need it. */
    private Map<String, List<Account>> folded;

    UserDirectory(Inventory inventory, Consumer<Warning> warnings) {
        for (EndUser user : inventory.users()) exact.putIfAbsent(user.userId(), new Account(user));
        if (!inventory.usersExported()) {
            inventory.devices().forEach(d -> infer(d.ownerUserId(), d.source()));
            inventory.remoteDestinationProfiles().forEach(r -> infer(r.userId(), r.source()));
            inventory.profiles().forEach(p -> infer(p.userId(), p.source()));
            if (!inventory.inputs().isEmpty()) {
                warnings.accept(new Warning("NO_USERS_EXPORT", "no users export was read for cluster "
                        + inventory.cluster() + ": users are taken from the owner IDs of devices and profiles, "
                        + "without their Enable Mobility and IM and Presence settings (R4, R6)",
                        Source.of(inventory.inputs().get(0))));
            }
        }
    }

    private void infer(String userId, Source source) {
        if (userId == null || userId.isEmpty() || exact.containsKey(userId)) return;
        exact.put(userId, new Account(new EndUser(userId, null, null, null, null, null, null, null, List.of(),
                List.of(), source)));
    }

    /** Every user's account, in the order the users were read. */
    List<Account> accounts() {
        return List.copyOf(exact.values());
    }

    /**
     * The account of the user an ID names, or null when none does.
     *
     * @param kind what kind of record names the user, and {@code name} its name, for the warning ("device", "SEP...")
     */
    Account find(String userId, String kind, String name, Source source, Consumer<Warning> warnings) {
        Account account = exact.get(userId);
        if (account != null) return account;
        if (folded == null) {
            folded = new HashMap<>();
            for (Account a : exact.values()) {
                folded.computeIfAbsent(a.user.userId().toLowerCase(Locale.ROOT), k -> new ArrayList<>(1)).add(a);
            }
        }
        List<Account> candidates = folded.getOrDefault(userId.toLowerCase(Locale.ROOT), List.of());
        if (candidates.size() == 1) {
            Account only = candidates.get(0);
            warnings.accept(new Warning("OWNER_CASE", kind + " " + name + " names user '" + userId
                    + "', taken as user '" + only.user.userId() + "' (the IDs differ only in case)", source));
            return only;
        }
        return null;
    }
}
