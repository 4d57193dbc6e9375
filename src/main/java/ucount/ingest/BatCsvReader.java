package ucount.ingest;

import ucount.model.Device;
import ucount.model.DeviceProfile;
import ucount.model.EndUser;
import ucount.model.RemoteDestinationProfile;
import ucount.model.Source;
import ucount.model.UserNumbers;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Reads one Bulk Administration Tool CSV export (formats.md section 1). The kind is recognised from the header;
 * columns are found by name through alias lists, never by position, and only the columns found are read from the
 * records ({@link Header#used}). {@link #open} reads the header and starts parsing the records and making them into
 * devices, users and profiles on the workers; {@link #readInto} hands them to the inventory in file order.
 */
final class BatCsvReader implements ExportReader.Export {

    private final List<Consumer<InventoryBuilder>> headerNotes;
    private final CsvChunks<Object> records;
    private final Adder adder;
    private final BatKind kind;

    private BatCsvReader(List<Consumer<InventoryBuilder>> headerNotes, CsvChunks<Object> records, Adder adder,
                         BatKind kind) {
        this.headerNotes = headerNotes;
        this.records = records;
        this.adder = adder;
        this.kind = kind;
    }

    private static void nextNonBlank(CsvTokenizer tokenizer, String fileName)
            throws InputException, IOException, CsvTokenizer.MalformedCsv {
        do {
            if (!tokenizer.next()) throw new InputException(new Source(fileName, 1), "empty file: no header row");
        } while (tokenizer.isBlank());
    }

    /**
     * Reads the header from UTF-8 text and starts parsing the records, for the fields asked. {@code path} is the
     * file when {@code text} reads it from {@code offset} on, so that it can be cut into chunks; null for a stream.
     */
    static BatCsvReader open(String fileName, InputStream text, Path path, long offset, Fields fields,
                             ReadLimits limits, Workers workers, UserIds ids) throws InputException, IOException {
        CsvTokenizer tokenizer = new CsvTokenizer(text, offset, Long.MAX_VALUE);
        tokenizer.limit(limits);
        try {
            nextNonBlank(tokenizer, fileName);
            // Excel's separator line, which some add so that a spreadsheet opens the file in columns: "sep=," is
            // two fields, "sep=" and nothing (one when quoted); any other separator is one field.
            String first = tokenizer.fieldCount() > 2 ? "" : tokenizer.field(0).stripLeading();
            if (first.toLowerCase(Locale.ROOT).startsWith("sep=")) {
                String declared = first.substring(4);
                if (tokenizer.fieldCount() == 2 ? declared.isBlank() && tokenizer.field(1).isBlank()
                        : declared.strip().equals(",")) {
                    nextNonBlank(tokenizer, fileName);
                } else if (tokenizer.fieldCount() == 1) {
                    // The field's surrounding white space is not kept: a separator that is none is a tab.
                    String separator = declared.isBlank() ? "tabs" : "'" + declared.strip() + "'";
                    throw new InputException(new Source(fileName, tokenizer.recordLine() + 1), "the first line "
                            + "declares fields separated by " + separator + ", not ',': save the export as CSV "
                            + "UTF-8 with commas");
                }
            }
        } catch (CsvTokenizer.MalformedCsv e) {
            throw e.at(fileName, e.lineBreaks + 1);
        }
        long headerLine = tokenizer.recordLine() + 1;
        List<String> names = new ArrayList<>();
        for (int i = 0; i < tokenizer.fieldCount(); i++) names.add(tokenizer.field(i));
        if (names.size() == 1 && names.get(0).contains(";")) {
            throw new InputException(new Source(fileName, headerLine), "fields are separated by ';' (a spreadsheet's "
                    + "regional setting), not ',': save the export as CSV UTF-8 with commas");
        }
        if (names.size() == 1 && names.get(0).contains("\t")) {
            throw new InputException(new Source(fileName, headerLine), "fields are separated by tabs (a spreadsheet "
                    + "saved as Unicode or tab-delimited text), not ',': save the export as CSV UTF-8 with commas");
        }
        Header header = new Header(names, fields);
        BatKind kind = BatKind.of(header);
        if (kind == null) {
            throw new InputException(new Source(fileName, headerLine), "unrecognised export: the header has none of "
                    + "'Device Name'+'Device Type' (phones), 'USER ID'+'LAST NAME' or 'FIRST NAME' (users), "
                    + "'Device Profile Name', 'Remote Destination Profile Name'");
        }
        List<Consumer<InventoryBuilder>> headerNotes = new ArrayList<>();
        List<Integer> sharedIds = new ArrayList<>();
        RowMapper mapper = mapperFor(kind, header, fileName, headerNotes, sharedIds);
        String duplicate = header.duplicateOfUsed();
        if (duplicate != null) throw new InputException(new Source(fileName, headerLine), duplicate);
        int[] used = header.used();
        int[] slots = new int[header.size()];
        Arrays.fill(slots, -1);
        for (int slot = 0; slot < used.length; slot++) slots[used[slot]] = slot;
        int[] userIdSlots = sharedIds.stream().distinct().mapToInt(column -> slots[column]).toArray();
        tokenizer.expectFields(header.size());
        CsvChunks<Object> records = CsvChunks.start(fileName, path, tokenizer, used, limits, workers,
                new CsvChunks.RecordMapper<>() {
                    @Override
                    public Object map(CsvRows rows, int index, long line) throws InputException {
                        return chunk(rows).map(index, line);
                    }

                    /** One Row for a chunk's records, moved from one to the next. */
                    @Override
                    public CsvChunks.ChunkMapper<Object> chunk(CsvRows rows) {
                        Row row = new Row(slots, rows, fileName);
                        return (index, line) -> mapper.map(row.at(index, line));
                    }

                    /**
                     * The user IDs of a whole chunk made the cluster's Strings at once, not one per record; those of
                     * a users export are also counted as user records' IDs ({@link InventoryBuilder#addCounted}).
                     */
                    @Override
                    public void prepare(CsvRows rows) {
                        for (int slot : userIdSlots) rows.internUserIds(slot, ids, kind == BatKind.USERS);
                    }

                    /** Each record's user: the first of the user ID columns that names one. */
                    @Override
                    public int[] userNumbers(CsvRows rows) {
                        return rows.firstUserNumbers(userIdSlots);
                    }
                });
        if (kind == BatKind.USERS) records.estimatedRecords().thenAccept(users -> {
            if (users > 0) ids.expect(users);
        });
        return new BatCsvReader(headerNotes, records, adderFor(kind), kind);
    }

    /** Adds what the header says and every record to the inventory, in file order. */
    @Override
    public void readInto(InventoryBuilder out) throws InputException, IOException {
        headerNotes.forEach(note -> note.accept(out));
        if (kind == BatKind.PHONES) {
            long devices = records.estimatedRecords().join();
            if (devices > 0) out.expectDevices(devices);
        } else if (kind == BatKind.USERS) {
            long users = records.estimatedRecords().join();
            if (users > 0) out.expectUsers(users);
        }
        records.forEachRecord((record, userNumber) -> adder.add(out, record, userNumber));
    }

    /** Makes a record of a kind (a Device, an EndUser ...) from a row, on a worker. */
    @FunctionalInterface
    private interface RowMapper {
        Object map(Row row) throws InputException;
    }

    /** How the reading thread adds a kind's records to the inventory, each with its user's number. */
    @FunctionalInterface
    private interface Adder {
        void add(InventoryBuilder out, Object record, int userNumber);
    }

    private static Adder adderFor(BatKind kind) {
        return switch (kind) {
            case PHONES -> (out, record, owner) -> out.add((Device) record, owner);
            case USERS -> (out, record, user) -> out.addCounted((EndUser) record, user);
            case DEVICE_PROFILES -> (out, record, user) -> out.add((DeviceProfile) record, user);
            case REMOTE_DESTINATION_PROFILES -> (out, record, user) -> out.add((RemoteDestinationProfile) record, user);
        };
    }

    /**
     * The mapper of a kind's records. What the header alone tells the inventory (a missing column; that users were
     * exported) goes to {@code notes}, told when the file's turn comes. The columns whose values are user IDs the
     * records share ({@link UserIds}) go to {@code sharedIds}, in the order the mapper takes the first non-empty one
     * as the record's user: a chunk's values are shared and numbered before its records are made.
     */
    private static RowMapper mapperFor(BatKind kind, Header h, String fileName,
                                       List<Consumer<InventoryBuilder>> notes, List<Integer> sharedIds)
            throws InputException {
        return switch (kind) {
            case PHONES -> phones(h, fileName, notes, sharedIds);
            case USERS -> users(h, fileName, notes, sharedIds);
            case DEVICE_PROFILES -> deviceProfiles(h, fileName, sharedIds);
            case REMOTE_DESTINATION_PROFILES -> remoteDestinationProfiles(h, fileName, sharedIds);
        };
    }

    private static RowMapper phones(Header h, String fileName, List<Consumer<InventoryBuilder>> notes,
                                    List<Integer> sharedIds) {
        int name = h.find("device name");
        int mac = h.find("mac address");
        int model = h.find("device type");
        int owner = h.find("owner user id", "owner userid");
        int protocol = h.find("device protocol", "protocol");
        int description = h.detail("description");
        int[] lines = ints(h.numberedDetail("directory number"));
        List<Integer> userIdColumns = new ArrayList<>(h.numberedDetail("user id"));
        int userId = h.detail("user id");
        if (userIdColumns.isEmpty() && userId >= 0) userIdColumns.add(userId);
        int[] userIds = ints(userIdColumns);
        int mobilityUser = h.detail("mobility user id");
        int primary = h.find("primary phone");
        if (owner >= 0) sharedIds.add(owner);
        if (owner < 0) {
            notes.add(out -> out.warn("MISSING_FIELD", "phones export has no 'Owner User ID' column: every device in "
                    + "it is counted as unassigned (R14); export with the owner to count users",
                    new Source(fileName, 1)));
        }
        return row -> {
            String deviceName = name >= 0 ? row.get(name) : "";
            if (deviceName.isEmpty() && mac >= 0 && !row.get(mac).isEmpty()) deviceName = "SEP" + row.get(mac);
            if (deviceName.isEmpty()) throw new InputException(row.source(), "empty Device Name");
            return new Device(deviceName, row.get(description), row.get(model),
                    owner >= 0 ? row.get(owner) : null, row.get(protocol),
                    row.values(lines), row.values(userIds), row.get(mobilityUser),
                    primary >= 0 ? row.get(primary) : null, row.file,
                    row.line);
        };
    }

    private static RowMapper users(Header h, String fileName, List<Consumer<InventoryBuilder>> notes,
                                   List<Integer> sharedIds) {
        notes.add(InventoryBuilder::usersExported);
        int userId = h.find("user id");
        sharedIds.add(userId);
        int mobility = h.find("enable mobility");
        int named = h.find("enable user for unified cm im and presence", "enable im and presence",
                "enable user for unified cm im & presence", "im and presence enabled");
        int presence = named >= 0 ? named : h.findPrefix("enable user for unified cm im and presence");
        if (mobility < 0) {
            notes.add(out -> out.warn("MISSING_FIELD", "users export has no 'ENABLE MOBILITY' column: mobility "
                    + "users (R4) are found only through remote destination profiles; export with it",
                    new Source(fileName, 1)));
        }
        if (presence < 0) {
            notes.add(out -> out.warn("MISSING_FIELD", "users export has no 'ENABLE USER FOR UNIFIED CM IM AND "
                    + "PRESENCE' column: IM and Presence users (R6) cannot be seen; export with it",
                    new Source(fileName, 1)));
        }
        int first = h.detail("first name");
        int last = h.detail("last name");
        int phone = h.detail("telephone number");
        int extension = h.detail("primary extension", "primary extension 1");
        int mail = h.detail("mail id", "mail");
        int[] devices = ints(h.numberedDetail("controlled device", "device name"));
        List<Integer> profileColumns = new ArrayList<>(h.numbered("controlled profile"));
        if (h.has("default profile")) profileColumns.add(h.find("default profile"));
        int[] profiles = ints(profileColumns);
        return row -> {
            if (!row.namesUser(userId)) throw new InputException(row.source(), "empty USER ID");
            return new EndUser(row.get(userId), row.get(first), row.get(last), row.get(phone), row.get(extension),
                    row.get(mail), row.bool(mobility, "ENABLE MOBILITY"),
                    row.bool(presence, "ENABLE USER FOR UNIFIED CM IM AND PRESENCE"), row.values(devices),
                    row.values(profiles), row.file, row.line);
        };
    }

    private static RowMapper deviceProfiles(Header h, String fileName, List<Integer> sharedIds)
            throws InputException {
        int name = h.find("device profile name");
        int model = h.find("device type", "product");
        // Exports name the profile's user differently (formats.md section 1); the first non-empty one is taken.
        List<Integer> userColumns = new ArrayList<>();
        for (String alias : List.of("user id", "login userid", "login user id", "owner user id", "user id 1")) {
            if (h.has(alias)) userColumns.add(h.find(alias));
        }
        int[] users = ints(userColumns);
        sharedIds.addAll(userColumns);
        if (users.length == 0) {
            throw new InputException(new Source(fileName, 1), "user device profile export has no 'User ID' or "
                    + "'Login UserID' column: Extension Mobility users (R5) cannot be found");
        }
        return row -> {
            String profile = row.get(name);
            if (profile.isEmpty()) throw new InputException(row.source(), "empty Device Profile Name");
            List<String> named = row.values(users);
            return new DeviceProfile(profile, row.get(model), named.isEmpty() ? "" : named.get(0), row.source());
        };
    }

    private static RowMapper remoteDestinationProfiles(Header h, String fileName, List<Integer> sharedIds)
            throws InputException {
        int name = h.find("remote destination profile name");
        int user = h.find("user id", "owner user id", "user id 1");
        if (user < 0) {
            throw new InputException(new Source(fileName, 1), "remote destination profile export has no 'User ID' "
                    + "column: mobility users (R4) cannot be found");
        }
        sharedIds.add(user);
        return row -> {
            String profile = row.get(name);
            if (profile.isEmpty()) throw new InputException(row.source(), "empty Remote Destination Profile Name");
            return new RemoteDestinationProfile(profile, row.get(user), row.source());
        };
    }

    private static int[] ints(List<Integer> columns) {
        return columns.stream().mapToInt(Integer::intValue).toArray();
    }

    /**
     * The data record being mapped, with its place in the file (as a file and a line: the records keep them so, and
     * a Source object per row would be made for nothing). Missing trailing fields read as empty. One Row serves a
     * chunk's records in turn ({@link #at}); a mapper keeps none of it.
     */
    private static final class Row {

        private final int[] slots;
        private final CsvRows rows;
        final String file;
        private int index;
        long line;

        Row(int[] slots, CsvRows rows, String file) {
            this.slots = slots;
            this.rows = rows;
            this.file = file;
        }

        /** This Row as record {@code index} of its chunk, which starts on {@code line}. */
        Row at(int index, long line) {
            this.index = index;
            this.line = line;
            return this;
        }

        Source source() {
            return new Source(file, line);
        }

        String get(int column) {
            return column < 0 ? "" : rows.value(index, slots[column]);
        }

        /**
         * Whether the column, one whose user IDs were shared ({@link CsvRows#internUserIds}), names a user: told by the
         * ID's number, without reading the shared String, which lies wherever the ID was first read (for a users
         * export, seldom in the cache: a twentieth of a million-phone estimate's CPU went to that wait).
         */
        boolean namesUser(int column) {
            return column >= 0 && rows.userNumber(slots[column], index) != UserNumbers.NONE;
        }

        /** The non-empty values of the columns, in order. */
        List<String> values(int[] columns) {
            String[] found = null;
            int n = 0;
            for (int column : columns) {
                String v = get(column);
                if (v.isEmpty()) continue;
                if (found == null) found = new String[columns.length];
                found[n++] = v;
            }
            return n == 0 ? List.of() : n == 1 ? List.of(found[0]) : List.of(Arrays.copyOf(found, n));
        }

        Boolean bool(int index, String column) throws InputException {
            try {
                return Booleans.parse(get(index));
            } catch (IllegalArgumentException e) {
                throw new InputException(source(), "column " + column + ": " + e.getMessage());
            }
        }
    }
}
