package ucount.ingest;

import ucount.ingest.AxlMerge.Draft;
import ucount.model.Source;

/**
 * Where the AXL reader puts what a response says, in document order: straight into a cluster's inventory
 * ({@link #into}), or recorded to be handed to it later, on another thread ({@link AxlRecord}).
 */
interface AxlSink {

    ReadLimits limits();

    Fields fields();

    void warn(String code, String message, Source source);

    /** A users response was read, even an empty one (R14). */
    void usersExported();

    /** One object as one response gives it. */
    void add(Draft draft);

    /**
     * One object as one response ({@code op}) gave it, already made into its record ({@link AxlRecord}), with the
     * number of the user it names ({@link ucount.model.UserNumbers}).
     */
    void add(Object record, int carried, String op, int userNumber);

    /** One enduserdevicemap row: a user associated with a device or profile (R1). */
    void link(String userId, String device, String deviceClass, Source source);

    /** Straight into the inventory, on the thread that builds it. */
    static AxlSink into(InventoryBuilder out) {
        return new AxlSink() {
            @Override
            public ReadLimits limits() {
                return out.limits();
            }

            @Override
            public Fields fields() {
                return out.fields();
            }

            @Override
            public void warn(String code, String message, Source source) {
                out.warn(code, message, source);
            }

            @Override
            public void usersExported() {
                out.usersExported();
            }

            @Override
            public void add(Draft draft) {
                out.axl().add(draft, out);
            }

            @Override
            public void add(Object record, int carried, String op, int userNumber) {
                out.axl().add(record, carried, op, userNumber, out);
            }

            @Override
            public void link(String userId, String device, String deviceClass, Source source) {
                out.axl().link(userId, device, deviceClass, source);
            }
        };
    }
}
