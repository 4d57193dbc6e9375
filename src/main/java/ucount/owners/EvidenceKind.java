package ucount.owners;

/**
 * The kinds of evidence an export gives for the owner of a device, strongest first (the order in which evidence is
 * listed and weighed). The confidence of each kind follows from what the field means in CUCM:
 * <ul>
 * <li>CONTROLLED_DEVICE, high: the device is in the user's controlled-devices list (BAT {@code CONTROLLED DEVICE n} /
 * {@code DEVICE NAME n}). An administrator associated the device with that user on purpose; it is not ownership
 * (R1), but it is the record CUCM keeps of whose device it is.</li>
 * <li>PHONE_USER_ID, high: the phone's {@code User ID 1..3}: the same user-device association, read from the phone's
 * side.</li>
 * <li>MOBILITY_USER_ID, high: the phone's {@code Mobility User ID}, the user whose mobile identity (Single Number
 * Reach, dual-mode Jabber) the device carries.</li>
 * <li>LINE1_DN, medium: the device's line 1 directory number is the user's primary extension, or the right-most
 * digits of the user's telephone number. Numbers are reassigned and lines shared, so it is a strong hint, not a
 * record.</li>
 * <li>JABBER_NAME, medium: a Jabber device name made of a prefix ({@code CSF}, {@code TCT}, {@code BOT},
 * {@code TAB}) and the user ID, the naming convention Jabber deployments follow; a convention, not a record.</li>
 * <li>DESCRIPTION, low: the description names the user (full name or user ID). Descriptions are free text and go
 * stale.</li>
 * </ul>
 */
public enum EvidenceKind {
    CONTROLLED_DEVICE(Confidence.HIGH),
    PHONE_USER_ID(Confidence.HIGH),
    MOBILITY_USER_ID(Confidence.HIGH),
    LINE1_DN(Confidence.MEDIUM),
    JABBER_NAME(Confidence.MEDIUM),
    DESCRIPTION(Confidence.LOW);

    private final Confidence confidence;

    EvidenceKind(Confidence confidence) {
        this.confidence = confidence;
    }

    public Confidence confidence() {
        return confidence;
    }
}
