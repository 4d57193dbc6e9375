package ucount.ingest;

/** Which fields of the exports a command needs: every one, or only those the license rules read. */
public enum Fields {

    /** Every field the model holds. */
    ALL,

    /**
     * The fields the license rules read (R1-R26): device names, models, protocols, owners and primary phones
     * (adjuncts); user IDs, Enable Mobility, IM and Presence and controlled profiles; profile users. Descriptions,
     * lines, associated user IDs, names, contact details and controlled devices are left empty: at a million
     * devices, reading only what the rules use halves the memory an estimate needs.
     */
    LICENSING
}
