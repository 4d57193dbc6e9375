package ucount.model;

/** An Extension Mobility user device profile (UDP). Not a licensed device (R2); its user is an EM user (R5). */
public record DeviceProfile(String name, String model, String userId, Source source) {
}
