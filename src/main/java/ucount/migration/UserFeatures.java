package ucount.migration;

import java.util.List;

/** R22 summed: how many Mobility and Cisco Unified Presence users, and their DLUs. */
public record UserFeatures(int mobilityUsers, int presenceUsers) {

    static UserFeatures of(List<UserFeatureDlu> users) {
        return new UserFeatures((int) users.stream().filter(UserFeatureDlu::mobility).count(),
                (int) users.stream().filter(UserFeatureDlu::presence).count());
    }

    public int mobilityDlu() {
        return mobilityUsers * DluRules.MOBILITY_USER_DLU;
    }

    public int presenceDlu() {
        return presenceUsers * DluRules.PRESENCE_USER_DLU;
    }

    public int dlu() {
        return mobilityDlu() + presenceDlu();
    }

    UserFeatures plus(UserFeatures other) {
        return new UserFeatures(mobilityUsers + other.mobilityUsers, presenceUsers + other.presenceUsers);
    }
}
