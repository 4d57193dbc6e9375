package ucount.owners;

import ucount.catalog.Catalog;
import ucount.ingest.InventoryBuilder;
import ucount.model.Device;
import ucount.model.EndUser;
import ucount.model.Source;
import ucount.rules.Classifier;
import ucount.rules.RuleOptions;
import ucount.rules.RuleSet;

import java.util.List;

/** Builds a small cluster in code, one line per user or device, and runs the owner analysis on it. */
final class OwnersFixture {

    private final InventoryBuilder builder = new InventoryBuilder("test");
    private int line = 1;

    OwnersFixture() {
        builder.usersExported();
    }

    OwnersFixture person(String id, String first, String last, String telephone, String extension,
                       String... controlledDevices) {
        builder.add(new EndUser(id, first, last, telephone, extension, "", false, false, List.of(controlledDevices),
                List.of(), new Source("users.csv", ++line)));
        return this;
    }

    OwnersFixture user(String id, String... controlledDevices) {
        return person(id, "", "", "", "", controlledDevices);
    }

    /** A device with everything an owner suggestion can read. */
    OwnersFixture device(String name, String model, String owner, String description, String line1,
                         String userId1, String mobilityUserId) {
        builder.add(new Device(name, description, model, owner, "SIP", line1.isEmpty() ? List.of() : List.of(line1),
                userId1.isEmpty() ? List.of() : List.of(userId1), mobilityUserId, "", new Source("phones.csv", ++line)));
        return this;
    }

    OwnersFixture unowned(String name, String model) {
        return device(name, model, "", "", "", "", "");
    }

    OwnersResult analyze(Confidence minimum) throws Exception {
        Classifier classifier = new Classifier(Catalog.builtIn(), RuleOptions.defaults(RuleSet.ELM));
        return Owners.analyze(classifier.estimate(List.of(builder.build())), classifier, minimum, 10);
    }

    OwnersResult analyze() throws Exception {
        return analyze(Confidence.MEDIUM);
    }

    static Suggestion suggestion(OwnersResult result, String device) {
        return result.suggestions().stream().filter(s -> s.name().equals(device)).findFirst()
                .orElseThrow(() -> new AssertionError("no suggestion row for " + device));
    }
}
