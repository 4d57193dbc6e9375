package ucount.rules;

import ucount.model.EndUser;
import ucount.model.LicenseType;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The per-user rules R4-R13 of licensing.md section 3, with a reason for every step.
 *
 * <p>A cluster has hundreds of thousands of users and most reports print none of their reasons, so a user is
 * classified without words, and the same decisions are taken again, worded, when the reasons are first read
 * ({@link UserLicense#reasons()}). One decision tree serves both: every {@code words} list below is null when only
 * the licenses are wanted.
 */
final class UserRules {

    /** R11a: how many devices one CUWL Standard covers. */
    static final int CUWL_DEVICES = 10;

    private static final Comparator<ClassifiedDevice> BY_NAME = Comparator.comparing(ClassifiedDevice::name);
    /** R12: highest tier first, ties by name. */
    private static final Comparator<ClassifiedDevice> HIGHEST_FIRST =
            Comparator.comparing(ClassifiedDevice::tier).reversed().thenComparing(ClassifiedDevice::name);
    /** R11a: lowest tier first, ties by name. */
    private static final Comparator<ClassifiedDevice> LOWEST_FIRST =
            Comparator.comparing(ClassifiedDevice::tier).thenComparing(ClassifiedDevice::name);
    /** The one-license answers, shared by every user who gets them. */
    private static final Map<LicenseType, List<LicenseType>> ONLY = new EnumMap<>(LicenseType.class);

    static {
        for (LicenseType type : LicenseType.values()) ONLY.put(type, List.of(type));
    }

    private final RuleOptions options;

    UserRules(RuleOptions options) {
        this.options = options;
    }

    /** The user's licenses (R4-R13), sorted; empty when none (R8). */
    List<LicenseType> licenses(EndUser user, List<ClassifiedDevice> devices, List<String> rdps,
                               List<String> profiles) {
        return decide(user, devices, rdps, profiles, null);
    }

    /** Why the user needs {@link #licenses}, a step a line, each citing its rule. */
    List<String> reasons(EndUser user, List<ClassifiedDevice> devices, List<String> rdps, List<String> profiles) {
        List<String> words = new ArrayList<>();
        decide(user, devices, rdps, profiles, words);
        return words;
    }

    /** The user's licenses, sorted; with {@code words}, each step's reason added to it. */
    private List<LicenseType> decide(EndUser user, List<ClassifiedDevice> devices, List<String> rdps,
                                     List<String> profiles, List<String> words) {
        LicenseType floor = floor(user, rdps, profiles, words);

        int roomCount = 0;
        // By place, not by iterator: an iterator per user is 600,000 objects for the quick compiler, which does not
        // see that none escapes.
        for (int i = 0; i < devices.size(); i++) if (devices.get(i).tier().isRoom()) roomCount++;
        List<ClassifiedDevice> rooms;
        List<ClassifiedDevice> phones;
        if (roomCount == 0 && words == null) {
            // Which phone is which only matters for room coverage and for the words: the counts decide the rest.
            rooms = List.of();
            phones = devices;
        } else {
            rooms = new ArrayList<>(roomCount);
            phones = new ArrayList<>(devices.size() - roomCount);
            for (ClassifiedDevice d : devices) (d.tier().isRoom() ? rooms : phones).add(d);
            rooms.sort(BY_NAME);
            phones.sort(HIGHEST_FIRST);
        }
        List<LicenseType> licenses = new ArrayList<>(rooms.size() + 1);
        List<ClassifiedDevice> rest = roomLicenses(rooms, phones, licenses, words);
        if (rest.isEmpty() && !rooms.isEmpty()) {
            if (words != null) {
                words.add("R12: no other device remains; the room license" + (rooms.size() > 1 ? "s carry"
                        : " carries") + " the user");
            }
        } else {
            countLicenses(rest, floor, licenses, words);
        }
        if (words != null) {
            for (ClassifiedDevice d : devices) {
                if (d.unknownModel()) words.add(unknownModelReason(d));
            }
        }

        if (licenses.isEmpty()) return List.of();
        if (licenses.size() == 1) return ONLY.get(licenses.get(0));
        licenses.sort(null);
        return licenses;
    }

    /**
     * R12: a room license for each room device, each also covering one phone of the same owner (the phones come
     * highest tier first). The phones left to license by count.
     */
    private static List<ClassifiedDevice> roomLicenses(List<ClassifiedDevice> rooms, List<ClassifiedDevice> phones,
                                                       List<LicenseType> licenses, List<String> words) {
        for (int i = 0; i < rooms.size(); i++) {
            licenses.add(LicenseType.TELEPRESENCE_ROOM);
            if (words != null) {
                String covers = i < phones.size() ? ", covering " + phones.get(i).describe() : "";
                words.add("R12: room device " + rooms.get(i).describe() + " -> TELEPRESENCE_ROOM" + covers);
            }
        }
        return rooms.isEmpty() ? phones : phones.subList(Math.min(rooms.size(), phones.size()), phones.size());
    }

    /** R8-R11a: the license(s) for the devices left after R12, by how many there are, with the R7 floor. */
    private static void countLicenses(List<ClassifiedDevice> rest, LicenseType floor, List<LicenseType> licenses,
                                      List<String> words) {
        if (rest.isEmpty()) {
            if (floor != null) {
                licenses.add(floor);
                if (words != null) {
                    words.add("R8: no licensed device; the user features need " + floor + " (R7 floor)");
                }
            } else if (words != null) {
                words.add("R8: no licensed device and no licensed feature -> NONE");
            }
        } else if (rest.size() == 1) {
            ClassifiedDevice only = rest.get(0);
            LicenseType license = LicenseType.max(only.tier().license(), floor);
            licenses.add(license);
            if (words != null) {
                String floorNote = floor != null && floor.compareTo(only.tier().license()) > 0 ? ", R7 floor " + floor
                        : "";
                words.add("R9: 1 device " + only.describe() + floorNote + " -> " + license);
            }
        } else if (rest.size() == 2) {
            licenses.add(LicenseType.ENHANCED_PLUS);
            if (words != null) words.add("R10: 2 devices " + names(rest) + " -> ENHANCED_PLUS");
        } else if (rest.size() <= CUWL_DEVICES) {
            licenses.add(LicenseType.CUWL_STANDARD);
            if (words != null) words.add("R11: " + rest.size() + " devices " + names(rest) + " -> CUWL_STANDARD");
        } else {
            licenses.add(LicenseType.CUWL_STANDARD);
            List<ClassifiedDevice> extra = rest.stream().sorted(LOWEST_FIRST).limit(rest.size() - CUWL_DEVICES)
                    .toList();
            for (ClassifiedDevice d : extra) licenses.add(d.tier().license());
            if (words != null) {
                List<String> extraText = extra.stream().map(d -> d.describe() + " -> " + d.tier().license()).toList();
                words.add("R11a: " + rest.size() + " devices -> CUWL_STANDARD for ten; past the tenth (lowest tier "
                        + "first), each licensed as if unowned: " + String.join(", ", extraText));
            }
        }
    }

    /** The names of the devices in {@link Names#ORDER}. */
    static List<String> deviceNames(List<ClassifiedDevice> devices) {
        if (devices.isEmpty()) return List.of();
        if (devices.size() == 1) return List.of(devices.get(0).name());
        String[] names = new String[devices.size()];
        for (int i = 0; i < names.length; i++) names[i] = devices.get(i).name();
        if (names.length > 8) {
            Arrays.sort(names, Names.ORDER);
        } else {
            // A user's few devices: in place, one by one. Arrays.sort, for the 630k users of a large cluster, cost
            // more to compile (its merge sort comes whole) than it ever spent sorting.
            for (int i = 1; i < names.length; i++) {
                String name = names[i];
                int j = i;
                for (; j > 0 && Names.ORDER.compare(names[j - 1], name) > 0; j--) names[j] = names[j - 1];
                names[j] = name;
            }
        }
        return List.of(names);
    }

    /** R4-R7: the lowest license the user's features need, or null. */
    private LicenseType floor(EndUser user, List<String> rdps, List<String> profiles, List<String> words) {
        LicenseType floor = null;
        if (Boolean.TRUE.equals(user.enableMobility())) {
            floor = LicenseType.BASIC;
            if (words != null) words.add("R4: Enable Mobility is checked -> at least BASIC");
        }
        if (!rdps.isEmpty()) {
            floor = LicenseType.BASIC;
            if (words != null) {
                words.add("R4: owns remote destination profile " + String.join(", ", rdps) + " -> at least BASIC");
            }
        }
        if (!profiles.isEmpty()) {
            String which = words == null ? null : "R5: Extension Mobility profile " + String.join(", ", profiles);
            if (options.extensionMobilityLicensed()) {
                floor = LicenseType.max(floor, LicenseType.ESSENTIAL);
                if (words != null) words.add(which + " -> at least ESSENTIAL");
            } else if (words != null) {
                words.add(which + " -> no license (" + (options.emUsersEssential() != null ? "--em-users none"
                        : "not a licensed feature under " + options.ruleSet().id() + " rules") + ")");
            }
        }
        if (Boolean.TRUE.equals(user.imAndPresence())) {
            if (options.ruleSet().imAndPresenceLicensed()) {
                floor = LicenseType.max(floor, LicenseType.BASIC);
                if (words != null) words.add("R6: enabled for IM and Presence -> at least BASIC");
            } else if (words != null) {
                words.add("R6: IM and Presence is included in every tier under " + options.ruleSet().id()
                        + " rules -> no license");
            }
        }
        return floor;
    }

    static String unknownModelReason(ClassifiedDevice d) {
        return "R15: " + d.name() + " has model '" + d.device().model()
                + "', unknown to the catalog; counted as ENHANCED";
    }

    private static String names(List<ClassifiedDevice> devices) {
        String[] names = new String[devices.size()];
        for (int i = 0; i < names.length; i++) names[i] = devices.get(i).name();
        Arrays.sort(names);
        return "(" + String.join(", ", names) + ")";
    }
}
