package ucount.ingest;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import ucount.model.Device;
import ucount.model.DeviceProfile;
import ucount.model.EndUser;
import ucount.model.RemoteDestinationProfile;
import ucount.model.Source;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * Reads one Bulk Administration Tool CSV export (formats.md section 1), record by record: memory holds one record
 * at a time. The kind is recognised from the header; columns are found by name through alias lists, never by
 * position.
 */
final class BatCsvReader {

    /** Blank lines come through as blank records (skipped below), so that line numbers stay exact. */
    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(false).build();

    private BatCsvReader() {
    }

    static void read(Reader text, String fileName, InventoryBuilder out) throws InputException {
        try (CSVParser parser = CSVParser.parse(text, FORMAT)) {
            Iterator<CSVRecord> records = parser.iterator();
            long before;
            CSVRecord first;
            do {
                before = parser.getCurrentLineNumber();
                if (!records.hasNext()) throw new InputException(new Source(fileName, 1), "empty file: no header row");
                first = records.next();
            } while (Row.isBlank(first));
            long headerLine = before + 1;
            Header header = new Header(first.toList());
            BatKind kind = BatKind.of(header);
            if (kind == null) {
                throw new InputException(new Source(fileName, headerLine), "unrecognised export: the header has none of "
                        + "'Device Name'+'Device Type' (phones), 'USER ID' (users), 'Device Profile Name', "
                        + "'Remote Destination Profile Name'");
            }
            RowMapper mapper = mapperFor(kind, header, fileName, out);
            while (true) {
                before = parser.getCurrentLineNumber();
                if (!records.hasNext()) break;
                CSVRecord record = records.next();
                Row row = new Row(record, new Source(fileName, before + 1));
                if (Row.isBlank(record)) continue;
                mapper.map(row);
            }
        } catch (UncheckedIOException e) {
            if (e.getCause() instanceof CharacterCodingException) {
                throw TextDecoder.notUtf8(Source.of(fileName));
            }
            throw new InputException(Source.of(fileName), "malformed CSV: " + csvProblem(e));
        } catch (IllegalStateException e) {
            throw new InputException(Source.of(fileName), "malformed CSV: " + csvProblem(e));
        } catch (CharacterCodingException e) {
            throw TextDecoder.notUtf8(Source.of(fileName));
        } catch (IOException e) {
            throw new InputException(Source.of(fileName), "cannot read: " + e.getMessage());
        }
    }

    /** Commons CSV says "(line N) EOF reached before encapsulated token finished"; keep the useful part. */
    private static String csvProblem(RuntimeException e) {
        Throwable t = e;
        while (t.getCause() != null) t = t.getCause();
        String message = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        return message.replaceFirst("^IOException reading next record: java.io.IOException: ", "")
                .replace("encapsulated token", "quoted field (unbalanced double quote?)");
    }

    @FunctionalInterface
    private interface RowMapper {
        void map(Row row) throws InputException;
    }

    private static RowMapper mapperFor(BatKind kind, Header h, String fileName, InventoryBuilder out)
            throws InputException {
        return switch (kind) {
            case PHONES -> phones(h, fileName, out);
            case USERS -> users(h, out);
            case DEVICE_PROFILES -> deviceProfiles(h, fileName, out);
            case REMOTE_DESTINATION_PROFILES -> remoteDestinationProfiles(h, fileName, out);
        };
    }

    private static RowMapper phones(Header h, String fileName, InventoryBuilder out) {
        int name = h.find("device name");
        int mac = h.find("mac address");
        int description = h.find("description");
        int model = h.find("device type");
        int owner = h.find("owner user id", "owner userid");
        int protocol = h.find("device protocol", "protocol");
        List<Integer> lines = h.numbered("directory number");
        List<Integer> userIds = new ArrayList<>(h.numbered("user id"));
        if (userIds.isEmpty() && h.has("user id")) userIds.add(h.find("user id"));
        int mobilityUser = h.find("mobility user id");
        int primary = h.find("primary phone");
        if (owner < 0) {
            out.warn("MISSING_FIELD", "phones export has no 'Owner User ID' column: every device in it is counted "
                    + "as unassigned (R14); export with the owner to count users", new Source(fileName, 1));
        }
        return row -> {
            String deviceName = name >= 0 ? row.get(name) : "";
            if (deviceName.isEmpty() && mac >= 0 && !row.get(mac).isEmpty()) deviceName = "SEP" + row.get(mac);
            if (deviceName.isEmpty()) throw new InputException(row.source, "empty Device Name");
            out.add(new Device(deviceName, row.get(description), row.get(model),
                    owner >= 0 ? row.get(owner) : null, row.get(protocol),
                    row.values(lines), row.values(userIds), row.get(mobilityUser), row.get(primary), row.source));
        };
    }

    private static RowMapper users(Header h, InventoryBuilder out) {
        out.usersExported();
        int userId = h.find("user id");
        int first = h.find("first name");
        int last = h.find("last name");
        int phone = h.find("telephone number");
        int extension = h.find("primary extension", "primary extension 1");
        int mail = h.find("mail id", "mail");
        int mobility = h.find("enable mobility");
        int presence = h.find("enable user for unified cm im and presence", "enable im and presence",
                "enable user for unified cm im & presence", "im and presence enabled");
        List<Integer> devices = h.numbered("controlled device", "device name");
        List<Integer> profiles = new ArrayList<>(h.numbered("controlled profile"));
        if (h.has("default profile")) profiles.add(h.find("default profile"));
        return row -> {
            String id = row.get(userId);
            if (id.isEmpty()) throw new InputException(row.source, "empty USER ID");
            out.add(new EndUser(id, row.get(first), row.get(last), row.get(phone), row.get(extension), row.get(mail),
                    row.bool(mobility, "ENABLE MOBILITY"), row.bool(presence, "ENABLE USER FOR UNIFIED CM IM AND PRESENCE"),
                    row.values(devices), row.values(profiles), row.source));
        };
    }

    private static RowMapper deviceProfiles(Header h, String fileName, InventoryBuilder out) throws InputException {
        int name = h.find("device profile name");
        int model = h.find("device type", "product");
        // Exports name the profile's user differently (formats.md section 1); the first non-empty one is taken.
        List<Integer> users = new ArrayList<>();
        for (String alias : List.of("user id", "login userid", "login user id", "owner user id", "user id 1")) {
            if (h.has(alias)) users.add(h.find(alias));
        }
        if (users.isEmpty()) {
            throw new InputException(new Source(fileName, 1), "user device profile export has no 'User ID' or "
                    + "'Login UserID' column: Extension Mobility users (R5) cannot be found");
        }
        return row -> {
            String profile = row.get(name);
            if (profile.isEmpty()) throw new InputException(row.source, "empty Device Profile Name");
            List<String> named = row.values(users);
            out.add(new DeviceProfile(profile, row.get(model), named.isEmpty() ? "" : named.get(0), row.source));
        };
    }

    private static RowMapper remoteDestinationProfiles(Header h, String fileName, InventoryBuilder out)
            throws InputException {
        int name = h.find("remote destination profile name");
        int user = h.find("user id", "owner user id", "user id 1");
        if (user < 0) {
            throw new InputException(new Source(fileName, 1), "remote destination profile export has no 'User ID' "
                    + "column: mobility users (R4) cannot be found");
        }
        return row -> {
            String profile = row.get(name);
            if (profile.isEmpty()) throw new InputException(row.source, "empty Remote Destination Profile Name");
            out.add(new RemoteDestinationProfile(profile, row.get(user), row.source));
        };
    }

    /** One data record with its place in the file. Missing trailing fields read as empty. */
    private record Row(CSVRecord record, Source source) {

        String get(int index) {
            return index < 0 || index >= record.size() ? "" : record.get(index).trim();
        }

        List<String> values(List<Integer> indexes) {
            List<String> values = new ArrayList<>();
            for (int i : indexes) {
                String v = get(i);
                if (!v.isEmpty()) values.add(v);
            }
            return values;
        }

        Boolean bool(int index, String column) throws InputException {
            try {
                return Booleans.parse(get(index));
            } catch (IllegalArgumentException e) {
                throw new InputException(source, "column " + column + ": " + e.getMessage());
            }
        }

        static boolean isBlank(CSVRecord record) {
            for (String v : record) {
                if (!v.isBlank()) return false;
            }
            return true;
        }
    }
}
