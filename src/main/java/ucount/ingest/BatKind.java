package ucount.ingest;

/** The kinds of BAT CSV export ucount reads, recognised from the header row (formats.md section 1). */
enum BatKind {
    PHONES("phones"),
    USERS("users"),
    DEVICE_PROFILES("user device profiles"),
    REMOTE_DESTINATION_PROFILES("remote destination profiles");

    final String label;

    BatKind(String label) {
        this.label = label;
    }

    /**
     * The kind a header announces, or null. The file's name is no evidence. A users export is USER ID beside a name
     * column (formats.md): USER ID alone is in other exports too (a phones export without its Device Type column has
     * 'User ID 1'), whose rows are not users.
     */
    static BatKind of(Header header) {
        if (header.has("remote destination profile name")) return REMOTE_DESTINATION_PROFILES;
        if (header.has("device profile name")) return DEVICE_PROFILES;
        if (header.has("device type") && header.has("device name", "mac address")) return PHONES;
        if (header.has("user id") && header.has("last name", "first name")) return USERS;
        return null;
    }
}
