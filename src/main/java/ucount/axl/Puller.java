package ucount.axl;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Exports a live cluster into a snapshot folder that {@code ucount estimate} reads like any export: the raw AXL
 * responses, as the server sent them, and {@code manifest.json} (host, port, AXL version, time, counts).
 *
 * <p>Objects come from the list calls, paged with {@code skip}/{@code first} until a page comes back empty (a short
 * page is not taken as the end: a server may cap pages below {@code first}); a page CUCM finds too large is asked
 * again smaller. Users' associations (controlled devices and Extension Mobility profiles, which listUser does not
 * return) come from ONE executeSQLQuery on enduserdevicemap rather than one getUser per user: a single paged query
 * instead of thousands of calls against AXL's throttling, for the same facts. When the server refuses that query
 * (a fault), or answers it with nothing while the cluster has device profiles, the pull falls back to getUser per
 * user.
 */
public final class Puller {

    static final int PAGE_SIZE = 1000;

    /** The enduserdevicemap rows: which user is associated with which device or profile (tkclass 254). */
    static final String ASSOCIATIONS_SQL = "select eu.userid, d.name, d.tkclass from enduserdevicemap as m "
            + "inner join enduser as eu on m.fkenduser = eu.pkid inner join device as d on m.fkdevice = d.pkid "
            + "order by eu.userid, d.name";

    /** What each list call asks for (returnedTags: only what counting needs) and how its items are keyed. */
    enum ListCall {
        PHONES("listPhone", "phones", "name", "<name>%</name>", "<name/><description/><product/><model/><class/>"
                + "<protocol/><enableExtensionMobility/><ownerUserName/><primaryPhoneName/><mobilityUserIdName/>"
                + "<loginUserId/>"),
        USERS("listUser", "users", "userid", "<userid>%</userid>", "<firstName/><lastName/><userid/><mailid/>"
                + "<telephoneNumber/><primaryExtension><pattern/><routePartitionName/></primaryExtension>"
                + "<enableMobility/><imAndPresenceEnable/>"),
        DEVICE_PROFILES("listDeviceProfile", "deviceProfiles", "name", "<name>%</name>", "<name/><description/>"
                + "<product/><model/><class/><protocol/><loginUserId/>"),
        REMOTE_DESTINATION_PROFILES("listRemoteDestinationProfile", "remoteDestinationProfiles", "name",
                "<name>%</name>", "<name/><description/><userId/>");

        final String operation;
        final String noun;
        final String key;
        final String criteria;
        final String tags;

        ListCall(String operation, String noun, String key, String criteria, String tags) {
            this.operation = operation;
            this.noun = noun;
            this.key = key;
            this.criteria = criteria;
            this.tags = tags;
        }
    }

    /** What a pull wrote. */
    public record Summary(Path folder, Map<String, Integer> counts, String associationsFrom, List<String> files) {
    }

    private final AxlClient client;
    private final AxlClient.Progress progress;
    private final Clock clock;
    private final String toolVersion;

    public Puller(AxlClient client, AxlClient.Progress progress, Clock clock, String toolVersion) {
        this.client = client;
        this.progress = progress;
        this.clock = clock;
        this.toolVersion = toolVersion;
    }

    public static boolean occupied(Path out) throws IOException {
        return Snapshot.occupied(out);
    }

    public Summary pull(Path out) throws AxlException, IOException, InterruptedException {
        AxlEndpoint endpoint = client.endpoint();
        progress.note("connecting to " + endpoint.uri() + " as " + endpoint.user() + " (AXL " + endpoint.version() + ")");
        try (Snapshot snapshot = Snapshot.create(out)) {
            Map<String, Integer> counts = new LinkedHashMap<>();
            List<String> userIds = new ArrayList<>();
            for (ListCall call : ListCall.values()) {
                counts.put(call.noun, list(snapshot, call, call == ListCall.USERS ? userIds : new ArrayList<>()));
            }
            String from = associations(snapshot, userIds, counts.get(ListCall.DEVICE_PROFILES.noun), counts);
            snapshot.commit(manifest(endpoint, counts, from, snapshot.files()));
            progress.note("wrote " + out + " (" + (snapshot.files().size() + 1) + " files)");
            return new Summary(out, counts, from, snapshot.files());
        }
    }

    /** Pages through one list call, saving each page; returns the number of items. */
    private int list(Snapshot snapshot, ListCall call, List<String> keys)
            throws AxlException, IOException, InterruptedException {
        int skip = 0;
        int first = PAGE_SIZE;
        int page = 1;
        int total = 0;
        String previousFirstKey = null;
        while (true) {
            AxlClient.Response r;
            try {
                r = client.call(call.operation, Soap.list(call.criteria, call.tags, skip, first), call.key);
            } catch (AxlFault fault) {
                Integer smaller = fault.suggestedPageSize(first);
                if (smaller == null) throw fault;
                progress.note(call.operation + ": the server finds " + first + " per page too many; asking "
                        + smaller + " per page");
                first = smaller;
                continue;
            }
            SoapResponse parsed = r.parsed();
            String firstKey = parsed.keys().isEmpty() ? null : parsed.keys().get(0);
            if (page > 1 && (parsed.items() == 0 || firstKey != null && firstKey.equals(previousFirstKey))) {
                break; // past the end, or a server that ignores skip and repeats its page
            }
            snapshot.write(String.format("%s-%03d.xml", call.operation, page), r.body());
            keys.addAll(parsed.keys());
            total += parsed.items();
            progress.note(call.operation + " page " + page + ": " + parsed.items() + " " + call.noun
                    + " (" + total + " so far)");
            if (parsed.items() == 0 || parsed.items() > first) break; // empty, or a server that ignores first
            previousFirstKey = firstKey;
            skip += parsed.items();
            page++;
        }
        return total;
    }

    /** The users' associations: executeSQLQuery, or getUser per user when the query is refused or empty. */
    private String associations(Snapshot snapshot, List<String> userIds, int deviceProfiles, Map<String, Integer> counts)
            throws AxlException, IOException, InterruptedException {
        String why;
        try {
            int rows = sqlAssociations(snapshot);
            if (rows > 0 || deviceProfiles == 0) {
                counts.put("associations", rows);
                return "executeSQLQuery";
            }
            why = "the enduserdevicemap query returned no rows although the cluster has device profiles";
        } catch (AxlFault fault) {
            why = "the enduserdevicemap query was refused (" + fault.getMessage() + ")";
        } catch (IllegalStateException unreadable) {
            why = unreadable.getMessage();
        }
        progress.note(why + "; reading associations with getUser, one call per user (" + userIds.size() + " users)");
        int done = 0;
        for (String userId : userIds) {
            AxlClient.Response r = client.call("getUser", Soap.getUser(userId), "userid");
            snapshot.write(String.format("getUser-%05d.xml", ++done), r.body());
            if (done % 100 == 0 || done == userIds.size()) progress.note("getUser: " + done + " of " + userIds.size());
        }
        counts.put("associations", done);
        return "getUser";
    }

    /** Saves the enduserdevicemap rows (paged with SKIP/FIRST if CUCM finds them too many); returns the row count. */
    private int sqlAssociations(Snapshot snapshot) throws AxlException, IOException, InterruptedException {
        List<byte[]> pages = new ArrayList<>();
        int rows = 0;
        Integer first = null;
        int skip = 0;
        while (true) {
            String query = first == null ? ASSOCIATIONS_SQL
                    : ASSOCIATIONS_SQL.replaceFirst("^select ", "select skip " + skip + " first " + first + " ");
            AxlClient.Response r;
            try {
                r = client.call("executeSQLQuery", Soap.sql(query), null);
            } catch (AxlFault fault) {
                Integer smaller = fault.suggestedPageSize(first == null ? Integer.MAX_VALUE : first);
                if (smaller == null) throw fault;
                progress.note("executeSQLQuery: too many rows at once; asking " + smaller + " per page");
                pages.clear();
                rows = 0;
                skip = 0;
                first = smaller;
                continue;
            }
            SoapResponse parsed = r.parsed();
            if (parsed.items() > 0 && !(parsed.columns().contains("userid") && parsed.columns().contains("name"))) {
                throw new IllegalStateException("the enduserdevicemap rows came without userid and name columns "
                        + parsed.columns());
            }
            boolean repeated = !pages.isEmpty() && java.util.Arrays.equals(pages.get(pages.size() - 1), r.body());
            if (first != null && !pages.isEmpty() && (parsed.items() == 0 || repeated)) break;
            pages.add(r.body());
            rows += parsed.items();
            if (first == null || parsed.items() < first) break;
            skip += parsed.items();
        }
        for (int i = 0; i < pages.size(); i++) {
            snapshot.write(String.format("executeSQLQuery-enduserdevicemap-%03d.xml", i + 1), pages.get(i));
        }
        progress.note("executeSQLQuery enduserdevicemap: " + rows + " associations");
        return rows;
    }

    private byte[] manifest(AxlEndpoint endpoint, Map<String, Integer> counts, String associationsFrom,
                            List<String> files) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode root = mapper.createObjectNode();
        root.put("tool", "ucount");
        root.put("version", toolVersion);
        root.put("host", endpoint.host());
        root.put("port", endpoint.port());
        root.put("axlUser", endpoint.user());
        root.put("axlVersion", endpoint.version());
        root.put("pulledAt", clock.instant().truncatedTo(ChronoUnit.SECONDS).toString());
        ObjectNode c = root.putObject("counts");
        counts.forEach(c::put);
        root.put("associationsFrom", associationsFrom);
        root.set("files", mapper.valueToTree(files.stream().sorted().toList()));
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"));
        return (mapper.writer(printer).writeValueAsString(root) + "\n").getBytes(StandardCharsets.UTF_8);
    }
}
