package ucount.rules;

import ucount.catalog.Catalog;
import ucount.ingest.InventoryBuilder;
import ucount.model.Device;
import ucount.model.DeviceProfile;
import ucount.model.EndUser;
import ucount.model.Inventory;
import ucount.model.LicenseType;
import ucount.model.RemoteDestinationProfile;
import ucount.model.Source;

import java.util.List;
import java.util.stream.Collectors;

/** Builds small inventories in code for rule tests: one line per user, device or profile. */
final class ClusterFixture {

    static final Catalog CATALOG = Catalog.builtIn();

    private final InventoryBuilder builder = new InventoryBuilder("test");
    private int line = 1;

    ClusterFixture() {
        builder.usersExported();
    }

    ClusterFixture user(String id) {
        return user(id, null, null, List.of());
    }

    ClusterFixture user(String id, Boolean mobility, Boolean presence, List<String> controlledDevices) {
        builder.add(new EndUser(id, "First", id, "", "", "", mobility, presence, controlledDevices, List.of(),
                new Source("users.csv", ++line)));
        return this;
    }

    ClusterFixture device(String name, String model, String owner) {
        builder.add(new Device(name, "", model, owner, "SIP", List.of(), List.of(), "", "",
                new Source("phones.csv", ++line)));
        return this;
    }

    ClusterFixture profile(String name, String user) {
        builder.add(new DeviceProfile(name, "Cisco 8865", user, new Source("udp.csv", ++line)));
        return this;
    }

    ClusterFixture rdp(String name, String user) {
        builder.add(new RemoteDestinationProfile(name, user, new Source("rdp.csv", ++line)));
        return this;
    }

    Inventory inventory() {
        return builder.build();
    }

    ClusterEstimate classify(RuleOptions options) throws UnknownModelException {
        return new Classifier(CATALOG, options).classify(inventory());
    }

    ClusterEstimate elm() throws UnknownModelException {
        return classify(RuleOptions.defaults(RuleSet.ELM));
    }

    ClusterEstimate smart() throws UnknownModelException {
        return classify(RuleOptions.defaults(RuleSet.SMART));
    }

    static UserLicense user(ClusterEstimate estimate, String id) {
        return estimate.users().stream().filter(u -> u.userId().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no user " + id));
    }

    static String licenses(ClusterEstimate estimate, String id) {
        List<LicenseType> licenses = user(estimate, id).licenses();
        return licenses.isEmpty() ? "NONE" : licenses.stream().map(Enum::name).collect(Collectors.joining(" "));
    }
}
