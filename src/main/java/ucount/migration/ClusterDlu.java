package ucount.migration;

import ucount.model.Warning;

import java.util.List;

/** One cluster's pre-9.x DLU usage (R20-R23): every device, the totals per model, the user features, warnings. */
public record ClusterDlu(String name, List<DeviceDlu> devices, List<ModelDlu> byModel, List<UserFeatureDlu> users,
                         List<Warning> warnings) {

    public ClusterDlu {
        devices = List.copyOf(devices);
        byModel = List.copyOf(byModel);
        users = List.copyOf(users);
        warnings = List.copyOf(warnings);
    }

    public int deviceDlu() {
        return devices.stream().mapToInt(DeviceDlu::dlu).sum();
    }

    public int userFeatureDlu() {
        return users.stream().mapToInt(UserFeatureDlu::dlu).sum();
    }

    /** R23: devices plus user features. */
    public int usedDlu() {
        return deviceDlu() + userFeatureDlu();
    }

    public UserFeatures userFeatures() {
        return UserFeatures.of(users);
    }
}
