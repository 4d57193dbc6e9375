package ucount.model;

/**
 * A number for each user ID a cluster's records name, the same for every record naming the ID exactly, given as the
 * exports were read: the classifier joins a million devices to their owners by number, where looking each owner's
 * ID up again would wait on memory a million times (R1). Each array lies beside a list of the {@link Inventory}, by
 * place, and may run on past the list's end (what lies there means nothing); {@link #NONE} where a record names no
 * user, or where it was not numbered (then its ID is looked up).
 *
 * @param users    each user's number: every user has one, and no two have the same (their IDs differ)
 * @param owners   each device's owner's number
 * @param profiles each device profile's user's number
 * @param rdps     each remote destination profile's user's number
 * @param count    above every number: the length of a table by number
 */
public record UserNumbers(int[] users, int[] owners, int[] profiles, int[] rdps, int count) {

    /** No number: no user named, or the record's user was not numbered. */
    public static final int NONE = -1;

    @Override
    public String toString() {
        return "UserNumbers[" + users.length + " users, count=" + count + "]";
    }
}
