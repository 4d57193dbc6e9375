package ucount.ingest;

import ucount.ingest.AxlMerge.Draft;
import ucount.ingest.AxlMerge.Kind;
import ucount.model.Source;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import static ucount.ingest.AxlMerge.*;

/**
 * Maps the items of one AXL response ({@code phone}, {@code user}, {@code deviceProfile},
 * {@code remoteDestinationProfile}, executeSQLQuery {@code row}) to drafts of model records (formats.md section 2).
 * A missing element stays {@code null} ("not exported"); an empty or nil one is {@code ""} ("empty").
 */
final class AxlItems implements AxlXmlReader.Items {

    /** Classes that are never licensed and never anyone's (R2): skipped without a word. */
    private static final Set<String> TEMPLATES = Set.of("phone template", "udp template",
            "remote destination profile template", "device profile template");

    /**
     * The children of an item the license rules read (what {@link #device} and {@link #user} take, less what
     * {@link AxlMerge} leaves out of an estimate): an estimate skips the others unread, such as a getPhone's lines.
     */
    private static final Set<String> DEVICE_CHILDREN_READ = ignoringCase("name", "class", "model", "product",
            "ownerUserName", "protocol", "primaryPhoneName", "userId", "loginUserId");
    private static final Set<String> USER_CHILDREN_READ = ignoringCase("userid", "enableMobility",
            "imAndPresenceEnable", "associatedDevices", "phoneProfiles", "defaultProfile",
            "associatedRemoteDestinationProfiles");

    private final String file;
    private final String op;
    private final int rank;
    private final AxlSink out;
    private final Map<String, Skipped> skipped = new TreeMap<>();
    /** The phone items without a {@code class}, which cannot be told from phone templates; null when none. */
    private Skipped phonesWithoutClass;
    private String lastItemName;
    private String lastItemNameLowerCase;
    /** The last class {@link #kindOf} found a kind for, by identity (the readers share one String a value). */
    private String lastClass;
    private Kind lastClassKind;

    private record Skipped(Source first, int count) {
    }

    AxlItems(String file, String op, AxlSink out) {
        this.file = file;
        this.op = op;
        this.rank = op.equals("executeSQLQuery") ? RANK_SQL : op.startsWith("get") ? RANK_GET : RANK_LIST;
        this.out = out;
    }

    /** The children of an item of that name to read; null for all of them. */
    @Override
    public Set<String> childrenRead(String itemName) {
        if (out.fields() != Fields.LICENSING) return null;
        return switch (lowerCase(itemName)) {
            case "phone", "deviceprofile", "remotedestinationprofile" -> DEVICE_CHILDREN_READ;
            case "user" -> USER_CHILDREN_READ;
            default -> null;
        };
    }

    /**
     * An item's name in lower case. The readers share one String for every item of a name, so the last one is
     * remembered by identity: a million items, one name.
     */
    private String lowerCase(String itemName) {
        if (itemName != lastItemName) {
            lastItemNameLowerCase = itemName.toLowerCase(Locale.ROOT);
            lastItemName = itemName;
        }
        return lastItemNameLowerCase;
    }

    private static Set<String> ignoringCase(String... names) {
        Set<String> set = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        set.addAll(List.of(names));
        return Collections.unmodifiableSet(set);
    }

    @Override
    public void item(XmlNode node) throws InputException {
        switch (lowerCase(node.name())) {
            case "phone" -> device(node, Kind.DEVICE);
            case "deviceprofile" -> device(node, Kind.DEVICE_PROFILE);
            case "remotedestinationprofile" -> device(node, Kind.RDP);
            case "user" -> user(node);
            case "row" -> row(node);
            default -> throw new InputException(source(node), "unexpected <" + node.name() + "> in " + op
                    + "Response (expected phone, user, deviceProfile, remoteDestinationProfile or row items)");
        }
    }

    /** Takes the skipped classes of the items of a chunk of the same response, which came after these. */
    void absorbSkipped(AxlItems chunk) {
        chunk.skipped.forEach((cls, s) -> skipped.merge(cls, s, AxlItems::counted));
        phonesWithoutClass = counted(phonesWithoutClass, chunk.phonesWithoutClass);
    }

    /** Two counts of items as one: the first's place, both counts; either may be null. */
    private static Skipped counted(Skipped a, Skipped b) {
        if (a == null) return b;
        if (b == null) return a;
        return new Skipped(a.first, a.count + b.count);
    }

    /**
     * Says once per file which device classes were left out (R2), and how many phones came without the class that
     * tells a template from a phone (formats.md: say which fields were missing when a result depends on them).
     */
    void finish() {
        skipped.forEach((cls, s) -> out.warn("SKIPPED_CLASS", s.count + " item" + (s.count == 1 ? "" : "s")
                + " of class '" + cls + "', which is not a licensed device class (R2): not counted", s.first));
        if (phonesWithoutClass != null) {
            int n = phonesWithoutClass.count;
            out.warn("MISSING_FIELD", n + (n == 1 ? " phone" : " phones") + " with no class: a phone template (class "
                    + "'Phone Template', R2) cannot be told from a phone, so each is counted as a device; request "
                    + "class in returnedTags (tkclass in an executeSQLQuery)", phonesWithoutClass.first);
        }
    }

    static boolean isDeviceProfileClass(String cls) {
        String c = cls.trim().toLowerCase(Locale.ROOT);
        return c.equals("device profile") || c.equals("254");
    }

    private Source source(XmlNode node) {
        return new Source(file, node.line());
    }

    /**
     * The kind a {@code class} value (name, or typeclass number in SQL rows) stands for; {@code null} to skip the
     * item. Without a class the item is what its element says.
     */
    private Kind kindOf(String cls, Kind fallback, Source source) {
        if (cls == null || cls.isEmpty()) {
            if (fallback == Kind.DEVICE) phonesWithoutClass = counted(phonesWithoutClass, new Skipped(source, 1));
            return fallback;
        }
        if (cls == lastClass) return lastClassKind;
        Kind kind = kindOf(cls, source);
        if (kind != null) { // a skipped class is counted every time
            lastClass = cls;
            lastClassKind = kind;
        }
        return kind;
    }

    private Kind kindOf(String cls, Source source) {
        String c = cls.trim().toLowerCase(Locale.ROOT);
        if (TEMPLATES.contains(c)) return null;
        if (isDeviceProfileClass(c)) return Kind.DEVICE_PROFILE;
        switch (c) {
            case "phone", "1", "cti route point" -> {
                return Kind.DEVICE;
            }
            case "remote destination profile", "20" -> {
                return Kind.RDP;
            }
            default -> {
                skipped.merge(cls.trim(), new Skipped(source, 1), (a, b) -> new Skipped(a.first, a.count + 1));
                return null;
            }
        }
    }

    /** The children {@link #device} reads, each at its ordinal among the {@link XmlNode#values} read. */
    private enum DeviceChild {
        CLASS("class"), NAME("name"), MODEL("model"), PRODUCT("product"), DESCRIPTION("description"),
        OWNER_USER_NAME("ownerUserName"), PROTOCOL("protocol"), MOBILITY_USER_ID_NAME("mobilityUserIdName"),
        PRIMARY_PHONE_NAME("primaryPhoneName"), USER_ID("userId"), LOGIN_USER_ID("loginUserId");

        final String element;

        DeviceChild(String element) {
            this.element = element;
        }

        String in(String[] values) {
            return values[ordinal()];
        }
    }

    private final XmlNode.ChildNames deviceChildren = new XmlNode.ChildNames(
            Arrays.stream(DeviceChild.values()).map(c -> c.element).toList(), DEVICE_CHILDREN_READ);

    private void device(XmlNode node, Kind element) throws InputException {
        Source source = source(node);
        String[] v = node.values(deviceChildren);
        refuseNested(deviceChildren.nested());
        Kind kind = kindOf(DeviceChild.CLASS.in(v), element, source);
        if (kind == null) return;
        String name = DeviceChild.NAME.in(v);
        if (name == null || name.isEmpty()) {
            throw new InputException(source, "<" + node.name() + "> without a <name>: every AXL device item needs one");
        }
        Draft d = new Draft(kind, name, op, rank, source);
        String model = DeviceChild.MODEL.in(v) != null ? DeviceChild.MODEL.in(v) : DeviceChild.PRODUCT.in(v);
        String owner = DeviceChild.OWNER_USER_NAME.in(v);
        switch (kind) {
            case DEVICE -> d.set(DESCRIPTION, DeviceChild.DESCRIPTION.in(v)).set(MODEL, model).set(OWNER, owner)
                    .set(PROTOCOL, DeviceChild.PROTOCOL.in(v))
                    .set(MOBILITY_USER, DeviceChild.MOBILITY_USER_ID_NAME.in(v))
                    .set(PRIMARY_PHONE, DeviceChild.PRIMARY_PHONE_NAME.in(v));
            case DEVICE_PROFILE -> d.set(MODEL, model)
                    .set(USER, firstCarried(DeviceChild.USER_ID.in(v), owner, DeviceChild.LOGIN_USER_ID.in(v)));
            case RDP -> d.set(USER, firstCarried(DeviceChild.USER_ID.in(v), owner));
            default -> throw new IllegalStateException(kind.name());
        }
        if (kind == Kind.DEVICE && out.fields() != Fields.LICENSING) {
            d.add(LINES, lines(node)).add(USER_IDS, phoneUsers(node)); // details, never read by the rules
        }
        out.add(d);
    }

    /** getPhone {@code lines/line/dirn/pattern}, in line index order. */
    private static List<String> lines(XmlNode node) {
        List<XmlNode> lines = new ArrayList<>(node.all("lines", "line"));
        lines.sort(Comparator.comparingInt(AxlItems::lineIndex));
        List<String> numbers = new ArrayList<>();
        for (XmlNode line : lines) {
            XmlNode dirn = line.child("dirn");
            if (dirn != null && dirn.value("pattern") != null) numbers.add(dirn.value("pattern"));
        }
        return numbers;
    }

    private static int lineIndex(XmlNode line) {
        try {
            String index = line.value("index");
            return index == null ? Integer.MAX_VALUE : Integer.parseInt(index);
        } catch (NumberFormatException e) {
            return Integer.MAX_VALUE;
        }
    }

    /** The users a phone names without owning it (R1): the EM login user and the lines' associated end users. */
    private static List<String> phoneUsers(XmlNode node) {
        Set<String> users = new LinkedHashSet<>();
        String login = node.value("loginUserId");
        if (login != null) users.add(login);
        for (XmlNode line : node.all("lines", "line")) {
            for (XmlNode user : line.all("associatedEndusers", "enduser")) {
                if (user.value("userId") != null) users.add(user.value("userId"));
            }
        }
        return new ArrayList<>(users);
    }

    /** The first non-empty of several elements' values; "" when some were present but empty; null when none was. */
    private static String firstCarried(String... values) {
        String carried = null;
        for (String v : values) {
            if (v != null && !v.isEmpty()) return v;
            if (v != null) carried = v;
        }
        return carried;
    }

    /** The children {@link #user} reads, each at its ordinal among the {@link XmlNode#values} read. */
    private enum UserChild {
        USERID("userid"), FIRST_NAME("firstName"), LAST_NAME("lastName"), TELEPHONE("telephoneNumber"),
        MAIL("mailid"), ENABLE_MOBILITY("enableMobility"), IM_AND_PRESENCE("imAndPresenceEnable"),
        DEFAULT_PROFILE("defaultProfile"), PRIMARY_EXTENSION("primaryExtension"),
        ASSOCIATED_DEVICES("associatedDevices"), PHONE_PROFILES("phoneProfiles"),
        ASSOCIATED_RDPS("associatedRemoteDestinationProfiles");

        final String element;

        UserChild(String element) {
            this.element = element;
        }

        String in(String[] values) {
            return values[ordinal()];
        }

        /** Whether the user carried this child (a container's value is its own text: empty, but not null). */
        boolean carriedIn(String[] values) {
            return values[ordinal()] != null;
        }
    }

    private final XmlNode.ChildNames userChildren = new XmlNode.ChildNames(
            Arrays.stream(UserChild.values()).map(c -> c.element).toList(),
            ignoringCase(UserChild.USERID.element, UserChild.ENABLE_MOBILITY.element,
                    UserChild.IM_AND_PRESENCE.element, UserChild.DEFAULT_PROFILE.element));

    private void user(XmlNode node) throws InputException {
        Source source = source(node);
        String[] v = node.values(userChildren); // one pass over the children; containers read only when carried
        refuseNested(userChildren.nested());
        String userId = UserChild.USERID.in(v);
        if (userId == null || userId.isEmpty()) {
            throw new InputException(source, "<user> without a <userid>: every AXL user item needs one");
        }
        XmlNode extension = UserChild.PRIMARY_EXTENSION.carriedIn(v) ? node.child("primaryExtension") : null;
        Draft d = new Draft(Kind.USER, userId, op, rank, source)
                .set(FIRST_NAME, UserChild.FIRST_NAME.in(v)).set(LAST_NAME, UserChild.LAST_NAME.in(v))
                .set(TELEPHONE, UserChild.TELEPHONE.in(v))
                .set(PRIMARY_EXTENSION, extension == null ? null : extension.nil() ? "" : orEmpty(extension.value("pattern")))
                .set(MAIL, UserChild.MAIL.in(v))
                .set(ENABLE_MOBILITY, bool(UserChild.ENABLE_MOBILITY.in(v), "enableMobility", source))
                .set(IM_AND_PRESENCE, bool(UserChild.IM_AND_PRESENCE.in(v), "imAndPresenceEnable", source));
        boolean devices = UserChild.ASSOCIATED_DEVICES.carriedIn(v);
        boolean phoneProfiles = UserChild.PHONE_PROFILES.carriedIn(v);
        if (out.fields() != Fields.LICENSING) {
            d.add(DEVICES, devices ? values(node.all("associatedDevices", "device")) : new ArrayList<>());
        }
        List<String> profiles = phoneProfiles ? values(node.all("phoneProfiles", "profileName")) : new ArrayList<>();
        if (UserChild.DEFAULT_PROFILE.carriedIn(v)) profiles.add(UserChild.DEFAULT_PROFILE.in(v));
        d.add(PROFILES, profiles);
        d.associations = devices || phoneProfiles;
        out.add(d);
        if (!UserChild.ASSOCIATED_RDPS.carriedIn(v)) return;
        for (XmlNode rdp : node.all("associatedRemoteDestinationProfiles", "remoteDestinationProfile")) {
            String name = rdp.nil() ? "" : rdp.text();
            if (!name.isEmpty()) out.add(new Draft(Kind.RDP, name, op, RANK_LINK, source(rdp)).set(USER, userId));
        }
    }

    /**
     * A field the license rules read that holds elements where its value belongs: read as its own text it would be
     * empty, and the field would count as not set (a device unowned, a user without mobility) without a word. Only
     * those fields: an export's verdict must not depend on which report reads it (descriptive fields are read for
     * some reports only).
     */
    private void refuseNested(XmlNode field) throws InputException {
        if (field == null) return;
        throw new InputException(source(field), "<" + field.name() + "> holds <" + field.children().get(0).name()
                + "> where a value belongs: not an AXL response as CUCM writes it");
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    private static List<String> values(List<XmlNode> nodes) {
        List<String> values = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) { // by index: 630k users, no iterator each
            XmlNode n = nodes.get(i);
            if (!n.nil() && !n.text().isEmpty()) values.add(n.text());
        }
        return values;
    }

    private static String bool(String value, String field, Source source) throws InputException {
        if (value == null) return null;
        try {
            Boolean b = Booleans.parse(value);
            return b == null ? "" : b.toString();
        } catch (IllegalArgumentException e) {
            throw new InputException(source, field + ": " + e.getMessage());
        }
    }

    // ---- executeSQLQuery rows -------------------------------------------------------------------------------

    /** Column aliases, compared lower case without '_' or spaces. The first present wins. */
    static final List<String> SQL_NAME = List.of("name", "devicename", "device");
    static final List<String> SQL_MODEL = List.of("model", "modelname", "product", "devicetype", "typemodel",
            "tkmodel");
    static final List<String> SQL_USER = List.of("userid", "owneruserid", "ownerusername", "owner", "loginuserid");
    static final List<String> SQL_CLASS = List.of("class", "classname", "deviceclass", "typeclass", "tkclass");
    static final List<String> SQL_IM_AND_PRESENCE = List.of("imandpresenceenable", "imandpresence",
            "enableimandpresence", "enableupc", "enablecups", "enablecupc", "enableimp");
    static final List<String> SQL_MOBILITY = List.of("enablemobility", "mobilityenabled");

    private void row(XmlNode node) throws InputException {
        Source source = source(node);
        Map<String, String> columns = new HashMap<>();
        for (XmlNode c : node.children()) {
            if (!c.children().isEmpty()) refuseNested(c);
            columns.putIfAbsent(c.name().toLowerCase(Locale.ROOT).replace("_", "").replace(" ", ""),
                    c.nil() ? "" : c.text());
        }
        String name = column(columns, SQL_NAME);
        String model = column(columns, SQL_MODEL);
        String user = column(columns, SQL_USER);
        String cls = column(columns, SQL_CLASS);
        if (name != null && model != null) {
            sqlDevice(columns, name, model, user, cls, source);
        } else if (name != null && user != null && !columns.containsKey("description")) {
            if (!name.isEmpty() && !user.isEmpty()) out.link(user, name, cls, source);
        } else if (name != null) {
            throw new InputException(source, "executeSQLQuery device rows need a model column (e.g. 'tm.name as "
                    + "model' joined from typemodel); columns here: " + columnList(node));
        } else if (user != null) {
            sqlUser(columns, user, source);
        } else {
            throw new InputException(source, "executeSQLQuery row with columns " + columnList(node) + " is none of "
                    + "the kinds ucount reads: devices (name + model [+ userid, class]), users (userid without a "
                    + "device name), associations (userid + name, the enduserdevicemap rows)");
        }
    }

    private static String columnList(XmlNode node) {
        return String.join(", ", node.children().stream().map(XmlNode::name).toList());
    }

    private static String column(Map<String, String> columns, List<String> aliases) {
        for (String alias : aliases) {
            if (columns.containsKey(alias)) return columns.get(alias);
        }
        return null;
    }

    private void sqlDevice(Map<String, String> columns, String name, String model, String user, String cls,
                           Source source) throws InputException {
        Kind kind = kindOf(cls, Kind.DEVICE, source);
        if (kind == null) return;
        if (name.isEmpty()) throw new InputException(source, "executeSQLQuery row with an empty device name");
        Draft d = new Draft(kind, name, op, rank, source);
        model = TypeModels.name(model);
        switch (kind) {
            case DEVICE -> d.set(DESCRIPTION, columns.get("description")).set(MODEL, model).set(OWNER, user)
                    .set(PROTOCOL, column(columns, List.of("protocol", "deviceprotocol")))
                    .set(PRIMARY_PHONE, column(columns, List.of("primaryphonename", "primaryphone")))
                    .set(MOBILITY_USER, column(columns, List.of("mobilityuseridname", "mobilityuserid")))
                    .add(LINES, listOf(column(columns, List.of("dnorpattern", "pattern", "directorynumber", "dn"))));
            case DEVICE_PROFILE -> d.set(MODEL, model).set(USER, user);
            case RDP -> d.set(USER, user);
            default -> throw new IllegalStateException(kind.name());
        }
        out.add(d);
    }

    private static List<String> listOf(String value) {
        return value == null ? List.of() : List.of(value);
    }

    private void sqlUser(Map<String, String> columns, String userId, Source source) throws InputException {
        if (userId.isEmpty()) throw new InputException(source, "executeSQLQuery user row with an empty userid");
        out.usersExported();
        out.add(new Draft(Kind.USER, userId, op, rank, source)
                .set(FIRST_NAME, columns.get("firstname")).set(LAST_NAME, columns.get("lastname"))
                .set(TELEPHONE, columns.get("telephonenumber"))
                .set(PRIMARY_EXTENSION, columns.get("primaryextension")).set(MAIL, columns.get("mailid"))
                .set(ENABLE_MOBILITY, bool(column(columns, SQL_MOBILITY), "enablemobility", source))
                .set(IM_AND_PRESENCE, bool(column(columns, SQL_IM_AND_PRESENCE), "imandpresenceenable", source)));
    }
}
