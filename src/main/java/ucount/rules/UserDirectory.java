package ucount.rules;

import ucount.model.EndUser;
import ucount.model.Inventory;
import ucount.model.Source;
import ucount.model.UserNumbers;
import ucount.model.Warning;
import ucount.util.NameIndex;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Finds the user a user ID names (R1), as a place in {@link #users()}. An exact match wins; failing that, a single
 * user whose ID differs only in case is taken, with a warning (CUCM stores the owner as a key, so a case difference
 * comes from editing). When a cluster has no users export, the users are the IDs its devices and profiles name
 * (policy, with a warning).
 *
 * <p>When the inventory numbered its records' user IDs ({@link UserNumbers}), a record's number finds its user
 * exactly, by place in a table: the IDs are looked up by name only for records without a number, and for the case
 * differences.
 */
final class UserDirectory {

    /** How many users are added at a time ({@link NameIndex#prefetch}). */
    private static final int BLOCK = 256;

    private final List<EndUser> users;
    /** By number, the place of the user with that number, or -1; null when the users are not numbered. */
    private final int[] placeOfNumber;
    /** Places by exact ID; when the users are numbered, made when an ID is first looked up by name. */
    private NameIndex exact;
    /** Places by folded ID, built when an ID first fails to match exactly: clean exports never need it. */
    private Map<String, List<Integer>> folded;

    UserDirectory(Inventory inventory, Consumer<Warning> warnings) {
        int[] numbered = inventory.usersExported() ? placesByNumber(inventory) : null;
        if (numbered != null) {
            users = inventory.users();
            placeOfNumber = numbered;
            return;
        }
        users = new ArrayList<>();
        placeOfNumber = null;
        List<EndUser> given = inventory.users();
        exact = new NameIndex(given.size());
        // A block of IDs read ahead at a time: their Strings lie wherever they were first read, their slots anywhere.
        String[] ids = new String[BLOCK];
        for (int from = 0; from < given.size(); from += BLOCK) {
            int to = Math.min(given.size(), from + BLOCK);
            for (int i = from; i < to; i++) ids[i - from] = given.get(i).userId();
            exact.prefetch(ids, 0, to - from);
            for (int i = from; i < to; i++) add(given.get(i));
        }
        if (!inventory.usersExported()) {
            inventory.devices().forEach(d -> infer(d.ownerUserId(), d.source()));
            inventory.remoteDestinationProfiles().forEach(r -> infer(r.userId(), r.source()));
            inventory.profiles().forEach(p -> infer(p.userId(), p.source()));
            if (!inventory.inputs().isEmpty()) {
                warnings.accept(new Warning("NO_USERS_EXPORT", "no users export was read"
                        + (Inventory.isNamed(inventory.cluster()) ? " for cluster " + inventory.cluster() : "")
                        + ": users are taken from the owner IDs of devices and profiles, "
                        + "without their Enable Mobility and IM and Presence settings (R4, R6)",
                        Source.of(inventory.inputs().get(0))));
            }
        }
    }

    /**
     * Each user's place by number, when the inventory numbered every user, each with a number of its own; else null
     * (the users are then indexed by ID).
     */
    private static int[] placesByNumber(Inventory inventory) {
        UserNumbers numbers = inventory.userNumbers();
        if (numbers == null) return null;
        int[] place = new int[numbers.count()];
        Arrays.fill(place, -1);
        int[] users = numbers.users();
        for (int i = 0; i < inventory.users().size(); i++) {
            int number = users[i];
            if (number < 0 || number >= place.length || place[number] >= 0) return null;
            place[number] = i;
        }
        return place;
    }

    private void add(EndUser user) {
        if (exact.putIfAbsent(user.userId(), users.size())) users.add(user);
    }

    private void infer(String userId, Source source) {
        if (userId == null || userId.isEmpty() || exact.get(userId) >= 0) return;
        add(new EndUser(userId, null, null, null, null, null, null, null, List.of(), List.of(), source));
    }

    /** Every user, in the order the users were read. */
    List<EndUser> users() {
        return users;
    }

    /**
     * The place of the user with exactly this ID, or -1 when none has it (or no ID is given). {@code number} is the
     * ID's number ({@link UserNumbers}), or {@link UserNumbers#NONE} when the record naming it has none.
     */
    int exactly(String userId, int number) {
        if (placeOfNumber != null && number != UserNumbers.NONE) {
            return number < placeOfNumber.length ? placeOfNumber[number] : -1;
        }
        return userId == null || userId.isEmpty() ? -1 : index().get(userId);
    }

    /** The users by exact ID. */
    private NameIndex index() {
        if (exact == null) {
            exact = new NameIndex(users.size());
            for (int i = 0; i < users.size(); i++) exact.putIfAbsent(users.get(i).userId(), i);
        }
        return exact;
    }

    /**
     * The place of the user an ID names, or -1 when none does.
     *
     * @param number the ID's number, as {@link #exactly} takes it
     * @param kind   what kind of record names the user, and {@code name} its name, for the warning ("device", "SEP...")
     */
    int find(String userId, int number, String kind, String name, Source source, Consumer<Warning> warnings) {
        int place = exactly(userId, number);
        if (place >= 0) return place;
        if (folded == null) {
            folded = new HashMap<>();
            for (int i = 0; i < users.size(); i++) {
                folded.computeIfAbsent(users.get(i).userId().toLowerCase(Locale.ROOT), k -> new ArrayList<>(1)).add(i);
            }
        }
        List<Integer> candidates = folded.getOrDefault(userId.toLowerCase(Locale.ROOT), List.of());
        if (candidates.size() == 1) {
            int only = candidates.get(0);
            warnings.accept(new Warning("OWNER_CASE", kind + " " + name + " names user '" + userId
                    + "', taken as user '" + users.get(only).userId() + "' (the IDs differ only in case)", source));
            return only;
        }
        return -1;
    }
}
