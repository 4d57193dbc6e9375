package ucount.support;

import ucount.support.AcmeHq.Phone;
import ucount.support.AcmeHq.Profile;
import ucount.support.AcmeHq.Rdp;
import ucount.support.AcmeHq.User;
import ucount.support.AxlXml.Style;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * samples/acme-hq as saved AXL responses, in three shapes an administrator may hand over:
 * <ul>
 * <li>LISTS (shipped as samples/acme-hq-axl): listPhone in two pages (AXL 12.5 soapenv/ns, and AXL 10.5
 *     SOAP-ENV/axl with xsi:nil empties) that overlap on one phone, two getPhone files enriching list records,
 *     listUser, two getUser files and enduserdevicemap rows for associations, listDeviceProfile (no user),
 *     listRemoteDestinationProfile.</li>
 * <li>GETS: one getPhone, getUser and getDeviceProfile file per object; remote destination profiles only through
 *     getUser.</li>
 * <li>SQL: executeSQLQuery rows only: devices with class and owner, users, enduserdevicemap.</li>
 * </ul>
 */
public final class AcmeHqAxl {

    public enum Variant { LISTS, GETS, SQL }

    public static final Path SAMPLE = Path.of("samples", "acme-hq-axl");

    private AcmeHqAxl() {
    }

    public static void write(Path dir, Variant variant) throws IOException {
        Files.createDirectories(dir);
        for (Map.Entry<String, String> f : files(AcmeHq.load(), variant).entrySet()) {
            Files.writeString(dir.resolve(f.getKey()), f.getValue(), StandardCharsets.UTF_8);
        }
    }

    public static Map<String, String> files(AcmeHq hq, Variant variant) {
        return switch (variant) {
            case LISTS -> lists(hq);
            case GETS -> gets(hq);
            case SQL -> sql(hq);
        };
    }

    private static Map<String, String> lists(AcmeHq hq) {
        Map<String, String> files = new LinkedHashMap<>();
        List<Phone> phones = hq.phones();
        int split = 60;
        files.put("listPhone-page1.xml", AxlXml.response(Style.CUCM_12_5, "listPhone", items(phones.subList(0, split),
                (p, i) -> AxlXml.listPhone(p, i, false))));
        files.put("listPhone-page2.xml", AxlXml.response(Style.CUCM_10_5_OTHER_PREFIXES, "listPhone",
                items(phones.subList(split, phones.size()), (p, i) -> AxlXml.listPhone(p, split + i, true))));
        for (String name : List.of("SEP7C95F3009A92", "CSFLCHEN")) {
            Phone p = phones.stream().filter(x -> x.name().equals(name)).findFirst().orElseThrow();
            files.put("getPhone-" + name + ".xml", AxlXml.response(Style.CUCM_12_5, "getPhone",
                    List.of(AxlXml.getPhone(p, phones.indexOf(p) + 1))));
        }
        files.put("listUser.xml", AxlXml.response(Style.CUCM_12_5, "listUser", items(hq.users(), AxlXml::listUser)));
        Set<String> viaGetUser = Set.of("gadams", "nrossi");
        for (String id : viaGetUser.stream().sorted().toList()) {
            User u = hq.users().stream().filter(x -> x.userId().equals(id)).findFirst().orElseThrow();
            files.put("getUser-" + id + ".xml", getUser(hq, u, hq.users().indexOf(u) + 1, Style.CUCM_12_5));
        }
        List<String> rows = new ArrayList<>();
        for (User u : hq.users()) {
            for (String device : u.devices()) rows.add(link(u.userId(), device, "1"));
            for (Rdp r : hq.rdpsOf(u.userId())) rows.add(link(u.userId(), r.name(), "20"));
            if (!viaGetUser.contains(u.userId())) {
                for (Profile p : hq.profilesOf(u.userId())) rows.add(link(u.userId(), p.name(), "254"));
            }
        }
        files.put("executeSQLQuery-enduserdevicemap.xml", AxlXml.response(Style.CUCM_12_5, "executeSQLQuery", rows));
        files.put("listDeviceProfile.xml", AxlXml.response(Style.CUCM_12_5, "listDeviceProfile",
                items(hq.profiles(), (p, i) -> AxlXml.deviceProfile(p, i, null))));
        files.put("listRemoteDestinationProfile.xml", AxlXml.response(Style.CUCM_12_5, "listRemoteDestinationProfile",
                items(hq.rdps(), AxlXml::remoteDestinationProfile)));
        return files;
    }

    private static Map<String, String> gets(AcmeHq hq) {
        Map<String, String> files = new LinkedHashMap<>();
        List<Phone> phones = hq.phones();
        for (int i = 0; i < phones.size(); i++) {
            Style style = i % 2 == 0 ? Style.CUCM_12_5 : Style.CUCM_15;
            files.put(String.format("getPhone-%03d.xml", i + 1), AxlXml.response(style, "getPhone",
                    List.of(AxlXml.getPhone(phones.get(i), i + 1))));
        }
        for (int i = 0; i < hq.users().size(); i++) {
            files.put(String.format("getUser-%03d.xml", i + 1), getUser(hq, hq.users().get(i), i + 1,
                    i % 2 == 0 ? Style.CUCM_10_5_OTHER_PREFIXES : Style.CUCM_12_5));
        }
        for (int i = 0; i < hq.profiles().size(); i++) {
            Profile p = hq.profiles().get(i);
            files.put(String.format("getDeviceProfile-%03d.xml", i + 1), AxlXml.response(Style.CUCM_12_5,
                    "getDeviceProfile", List.of(AxlXml.deviceProfile(p, i + 1, p.loginUser()))));
        }
        return files;
    }

    private static Map<String, String> sql(AcmeHq hq) {
        Map<String, String> files = new LinkedHashMap<>();
        List<String> devices = new ArrayList<>();
        for (Phone p : hq.distinctPhones()) {
            devices.add(AxlXml.row(columns("name", p.name(), "description", p.description(), "model", p.model(),
                    "class", p.deviceClass(), "userid", p.owner())));
        }
        for (Profile p : hq.profiles()) {
            devices.add(AxlXml.row(columns("name", p.name(), "description", p.description(), "model", p.model(),
                    "class", "Device Profile", "userid", p.user())));
        }
        for (Rdp r : hq.rdps()) {
            devices.add(AxlXml.row(columns("name", r.name(), "description", r.description(), "model",
                    "Remote Destination Profile", "class", "Remote Destination Profile", "userid", r.user())));
        }
        files.put("executeSQLQuery-devices.xml", AxlXml.response(Style.CUCM_12_5, "executeSQLQuery", devices));
        List<String> users = new ArrayList<>();
        for (User u : hq.users()) {
            users.add(AxlXml.row(columns("userid", u.userId(), "firstname", u.firstName(), "lastname", u.lastName(),
                    "telephonenumber", u.telephone(), "mailid", u.mail(), "enablemobility", u.mobility() ? "t" : "f",
                    "enableupc", u.imp() ? "t" : "f")));
        }
        files.put("executeSQLQuery-users.xml", AxlXml.response(Style.CUCM_12_5, "executeSQLQuery", users));
        List<String> links = new ArrayList<>();
        for (User u : hq.users()) {
            for (String device : u.devices()) links.add(link(u.userId(), device, "1"));
        }
        files.put("executeSQLQuery-enduserdevicemap.xml", AxlXml.response(Style.CUCM_12_5, "executeSQLQuery", links));
        return files;
    }

    static String getUser(AcmeHq hq, User u, int i, Style style) {
        List<String> profiles = hq.profilesOf(u.userId()).stream().map(Profile::name).toList();
        List<String> rdps = hq.rdpsOf(u.userId()).stream().map(Rdp::name).toList();
        return AxlXml.response(style, "getUser", List.of(AxlXml.getUser(u, i, profiles,
                profiles.isEmpty() ? null : profiles.get(0), rdps)));
    }

    static String link(String userId, String device, String tkclass) {
        return AxlXml.row(columns("userid", userId, "name", device, "tkclass", tkclass));
    }

    static Map<String, String> columns(String... pairs) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) m.put(pairs[i], pairs[i + 1]);
        return m;
    }

    @FunctionalInterface
    public interface Item<T> {
        String render(T value, int index);
    }

    static <T> List<String> items(List<T> values, Item<T> item) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) out.add(item.render(values.get(i), i + 1));
        return out;
    }

    /** Regenerates samples/acme-hq-axl: {@code mvn test -Dtest=AxlSampleTest -Dgolden.update=true}. */
    public static Map<String, String> sampleFiles() {
        return files(AcmeHq.load(), Variant.LISTS).entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, LinkedHashMap::new));
    }
}
