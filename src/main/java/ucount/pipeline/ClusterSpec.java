package ucount.pipeline;

import ucount.model.Inventory;

import java.util.List;

/** One cluster of a call: its name and the EXPORT arguments (files, folders, {@code -}) that describe it. */
public record ClusterSpec(String name, List<String> exports) {

    public static final String DEFAULT_NAME = Inventory.UNNAMED_CLUSTER;

    public ClusterSpec {
        exports = List.copyOf(exports);
    }
}
