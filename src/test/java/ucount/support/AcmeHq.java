package ucount.support;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * The samples/acme-hq cluster read straight from its CSV files with Commons CSV (not with ucount's reader), so that
 * AXL versions of it can be written and served independently of the code under test.
 */
public record AcmeHq(List<Phone> phones, List<User> users, List<Profile> profiles, List<Rdp> rdps) {

    public static final Path DIR = Path.of("samples", "acme-hq");

    public record Phone(String name, String description, String model, String protocol, String owner, String line,
                        String partition, String userId1, String mobilityUser, String primaryPhone, boolean em) {
        public String deviceClass() {
            return model.equals("CTI Route Point") ? "CTI Route Point" : "Phone";
        }
    }

    public record User(String userId, String firstName, String lastName, String telephone, String mail,
                       String extension, boolean mobility, boolean imp, List<String> devices) {
    }

    public record Profile(String name, String description, String model, String user, String loginUser) {
    }

    public record Rdp(String name, String description, String user) {
    }

    public static AcmeHq load() {
        return load(DIR);
    }

    public static AcmeHq load(Path dir) {
        List<Phone> phones = read(dir.resolve("phones.csv"), r -> new Phone(r.get("Device Name"), r.get("Description"),
                r.get("Device Type"), r.get("Device Protocol"), r.get("Owner User ID"), r.get("Directory Number 1"),
                r.get("Route Partition 1"), r.get("User ID 1"), r.get("Mobility User ID"), r.get("Primary Phone"),
                bool(r.get("Extension Mobility"))));
        List<User> users = read(dir.resolve("users.csv"), r -> {
            List<String> devices = new ArrayList<>();
            for (int i = 1; i <= 13; i++) {
                String d = r.get("DEVICE NAME " + i);
                if (d != null && !d.isEmpty()) devices.add(d);
            }
            return new User(r.get("USER ID"), r.get("FIRST NAME"), r.get("LAST NAME"), r.get("TELEPHONE NUMBER"),
                    r.get("MAIL ID"), r.get("PRIMARY EXTENSION 1"), bool(r.get("ENABLE MOBILITY")),
                    bool(r.get("ENABLE USER FOR UNIFIED CM IM AND PRESENCE")), devices);
        });
        List<Profile> profiles = read(dir.resolve("device-profiles.csv"), r -> new Profile(r.get("Device Profile Name"),
                r.get("Description"), r.get("Device Type"), r.get("User ID"), r.get("Login UserID")));
        List<Rdp> rdps = read(dir.resolve("remote-destination-profiles.csv"), r -> new Rdp(
                r.get("Remote Destination Profile Name"), r.get("Description"), r.get("User ID")));
        return new AcmeHq(phones, users, profiles, rdps);
    }

    /** The phones without repeated names (the CSV holds one duplicate row on purpose), as a server would list them. */
    public List<Phone> distinctPhones() {
        Map<String, Phone> byName = new java.util.LinkedHashMap<>();
        phones.forEach(p -> byName.putIfAbsent(p.name().toUpperCase(Locale.ROOT), p));
        return List.copyOf(byName.values());
    }

    public List<Profile> profilesOf(String userId) {
        return profiles.stream().filter(p -> p.user().equals(userId)).toList();
    }

    public List<Rdp> rdpsOf(String userId) {
        return rdps.stream().filter(r -> r.user().equals(userId)).toList();
    }

    private static boolean bool(String v) {
        return switch (v.trim().toLowerCase(Locale.ROOT)) {
            case "t", "true", "y", "yes", "1" -> true;
            default -> false;
        };
    }

    private static <T> List<T> read(Path file, Function<CSVRecord, T> mapper) {
        try (Reader in = new java.io.StringReader(Files.readString(file, StandardCharsets.UTF_8).replace("\uFEFF", ""));
             CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build().parse(in)) {
            List<T> rows = new ArrayList<>();
            for (CSVRecord r : parser) rows.add(mapper.apply(r));
            return rows;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
