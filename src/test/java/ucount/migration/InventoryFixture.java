package ucount.migration;

import ucount.catalog.Catalog;
import ucount.ingest.InventoryBuilder;
import ucount.model.Device;
import ucount.model.EndUser;
import ucount.model.Inventory;
import ucount.model.RemoteDestinationProfile;
import ucount.model.Source;
import ucount.rules.UnknownModelException;

import java.util.List;

/** Builds a cluster's inventory in code for the DLU and migration rules: one line per user, device or profile. */
final class InventoryFixture {

    static final Catalog CATALOG = Catalog.builtIn();

    private final InventoryBuilder builder;
    private int line = 1;

    InventoryFixture() {
        this("test");
    }

    InventoryFixture(String cluster) {
        builder = new InventoryBuilder(cluster);
        builder.input("phones.csv");
        builder.usersExported();
    }

    InventoryFixture user(String id) {
        return user(id, null, null);
    }

    InventoryFixture user(String id, Boolean mobility, Boolean presence) {
        builder.add(new EndUser(id, "First", id, "", "", "", mobility, presence, List.of(), List.of(),
                new Source("users.csv", ++line)));
        return this;
    }

    InventoryFixture device(String name, String model, String owner) {
        return device(name, model, owner, "");
    }

    InventoryFixture device(String name, String model, String owner, String primaryPhone) {
        builder.add(new Device(name, "", model, owner, "SCCP", List.of(), List.of(), "", primaryPhone,
                new Source("phones.csv", ++line)));
        return this;
    }

    InventoryFixture rdp(String name, String user) {
        builder.add(new RemoteDestinationProfile(name, user, new Source("rdp.csv", ++line)));
        return this;
    }

    Inventory inventory() {
        return builder.build();
    }

    ClusterDlu dlu() throws UnknownModelException {
        return new DluCalculator(CATALOG, false).cluster(inventory());
    }

    static DeviceDlu device(ClusterDlu cluster, String name) {
        return cluster.devices().stream().filter(d -> d.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no device " + name));
    }

    static UserFeatureDlu user(ClusterDlu cluster, String id) {
        return cluster.users().stream().filter(u -> u.userId().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no user with features " + id));
    }
}
