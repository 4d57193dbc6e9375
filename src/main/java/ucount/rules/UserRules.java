package ucount.rules;

import ucount.model.EndUser;
import ucount.model.LicenseType;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/** The per-user rules R4-R13 of licensing.md section 3, with a reason for every step. */
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

    private final RuleOptions options;

    UserRules(RuleOptions options) {
        this.options = options;
    }

    UserLicense classify(String cluster, EndUser user, List<ClassifiedDevice> devices, List<String> rdps,
                         List<String> profiles) {
        List<String> reasons = new ArrayList<>();
        LicenseType floor = floor(user, rdps, profiles, reasons);
        List<LicenseType> licenses = new ArrayList<>();

        List<ClassifiedDevice> rooms = new ArrayList<>(0);
        List<ClassifiedDevice> phones = new ArrayList<>(devices.size());
        for (ClassifiedDevice d : devices) (d.tier().isRoom() ? rooms : phones).add(d);
        rooms.sort(BY_NAME);
        phones.sort(HIGHEST_FIRST);

        // R12: each room device needs its own room license, which also covers one phone of the same owner.
        for (int i = 0; i < rooms.size(); i++) {
            licenses.add(LicenseType.TELEPRESENCE_ROOM);
            String covers = i < phones.size() ? ", covering " + phones.get(i).describe() : "";
            reasons.add("R12: room device " + rooms.get(i).describe() + " -> TELEPRESENCE_ROOM" + covers);
        }
        List<ClassifiedDevice> rest = phones.subList(Math.min(rooms.size(), phones.size()), phones.size());

        if (rest.isEmpty() && !rooms.isEmpty()) {
            reasons.add("R12: no other device remains; the room license" + (rooms.size() > 1 ? "s carry" : " carries")
                    + " the user");
        } else if (rest.isEmpty()) {
            if (floor != null) {
                licenses.add(floor);
                reasons.add("R8: no licensed device; the user features need " + floor);
            } else {
                reasons.add("R8: no licensed device and no licensed feature -> NONE");
            }
        } else if (rest.size() == 1) {
            ClassifiedDevice only = rest.get(0);
            LicenseType license = LicenseType.max(only.tier().license(), floor);
            String floorNote = floor != null && floor.compareTo(only.tier().license()) > 0 ? ", floor " + floor : "";
            reasons.add("R9: 1 device " + only.describe() + floorNote + " -> " + license);
            licenses.add(license);
        } else if (rest.size() == 2) {
            licenses.add(LicenseType.ENHANCED_PLUS);
            reasons.add("R10: 2 devices " + names(rest) + " -> ENHANCED_PLUS");
        } else if (rest.size() <= CUWL_DEVICES) {
            licenses.add(LicenseType.CUWL_STANDARD);
            reasons.add("R11: " + rest.size() + " devices " + names(rest) + " -> CUWL_STANDARD");
        } else {
            licenses.add(LicenseType.CUWL_STANDARD);
            List<ClassifiedDevice> extra = rest.stream().sorted(LOWEST_FIRST).limit(rest.size() - CUWL_DEVICES).toList();
            List<String> extraText = new ArrayList<>();
            for (ClassifiedDevice d : extra) {
                licenses.add(d.tier().license());
                extraText.add(d.describe() + " -> " + d.tier().license());
            }
            reasons.add("R11a: " + rest.size() + " devices -> CUWL_STANDARD for ten; past the tenth (lowest tier "
                    + "first), each licensed as if unowned: " + String.join(", ", extraText));
        }
        for (ClassifiedDevice d : devices) {
            if (d.unknownModel()) reasons.add(unknownModelReason(d));
        }

        licenses.sort(null);
        String[] deviceNames = new String[devices.size()];
        for (int i = 0; i < deviceNames.length; i++) deviceNames[i] = devices.get(i).name();
        Arrays.sort(deviceNames, Names.ORDER);
        return new UserLicense(cluster, user.userId(), licenses, List.of(deviceNames), reasons);
    }

    /** R4-R7: the lowest license the user's features need, or null. */
    private LicenseType floor(EndUser user, List<String> rdps, List<String> profiles, List<String> reasons) {
        LicenseType floor = null;
        if (Boolean.TRUE.equals(user.enableMobility())) {
            floor = LicenseType.BASIC;
            reasons.add("R4: Enable Mobility is checked -> at least BASIC");
        }
        if (!rdps.isEmpty()) {
            floor = LicenseType.BASIC;
            reasons.add("R4: owns remote destination profile " + String.join(", ", rdps) + " -> at least BASIC");
        }
        if (!profiles.isEmpty()) {
            String which = "R5: Extension Mobility profile " + String.join(", ", profiles);
            if (options.extensionMobilityLicensed()) {
                floor = LicenseType.max(floor, LicenseType.ESSENTIAL);
                reasons.add(which + " -> at least ESSENTIAL");
            } else {
                reasons.add(which + " -> no license (" + (options.emUsersEssential() != null ? "--em-users none"
                        : "not a licensed feature under " + options.ruleSet().id() + " rules") + ")");
            }
        }
        if (Boolean.TRUE.equals(user.imAndPresence())) {
            if (options.ruleSet().imAndPresenceLicensed()) {
                floor = LicenseType.max(floor, LicenseType.BASIC);
                reasons.add("R6: enabled for IM and Presence -> at least BASIC");
            } else {
                reasons.add("R6: IM and Presence is included in every tier under " + options.ruleSet().id()
                        + " rules -> no license");
            }
        }
        return floor;
    }

    static String unknownModelReason(ClassifiedDevice d) {
        return "R15: " + d.name() + " has model '" + d.device().model() + "', unknown to the catalog; counted as ENHANCED";
    }

    private static String names(List<ClassifiedDevice> devices) {
        String[] names = new String[devices.size()];
        for (int i = 0; i < names.length; i++) names[i] = devices.get(i).name();
        Arrays.sort(names);
        return "(" + String.join(", ", names) + ")";
    }
}
