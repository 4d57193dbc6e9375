package ucount.migration;

import java.util.List;

/** The user-feature DLUs of one user (R22): Mobility and Cisco Unified Presence, with the reasons. */
public record UserFeatureDlu(String cluster, String userId, boolean mobility, boolean presence, int dlu,
                             List<String> reasons) {

    public UserFeatureDlu {
        reasons = List.copyOf(reasons);
    }
}
