package ucount.cli;

import ucount.anonymize.Anonymizer;
import ucount.ingest.InputDigest;
import ucount.ingest.InputDigests;
import ucount.ingest.InputException;
import ucount.ingest.Fields;
import ucount.ingest.ReadLimits;
import ucount.ingest.ReadOptions;
import ucount.ingest.StreamTap;
import ucount.model.Inventory;
import ucount.pipeline.ClusterSpec;
import ucount.pipeline.Pipeline;
import ucount.report.Metadata;
import ucount.rules.RuleSet;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * How a command reads its exports: hashed while read when the report shows metadata, with a progress bar on a
 * terminal, and pseudonymised before classification when {@code --anonymize} is given.
 */
final class Reading {

    private final Context context;
    private final MetadataMixin metadata;
    private final VerbosityMixin verbosity;
    private final Optional<Anonymizer> anonymizer;
    private final InputDigests digests;
    private final List<InputDigest> others = new ArrayList<>();

    Reading(Context context, OutputMixin output, MetadataMixin metadata, VerbosityMixin verbosity,
            AnonymizeMixin anonymize) throws UsageException, InputException {
        this.context = context;
        this.metadata = metadata;
        this.verbosity = verbosity;
        this.anonymizer = anonymize.anonymizer(context.env());
        this.digests = metadata.shown(output.format) ? new InputDigests() : null;
    }

    /** Reads the exports, keeping {@code fields} of them, within {@code limits}. */
    List<Inventory> read(List<ClusterSpec> specs, ReadLimits limits, Fields fields) throws InputException {
        StreamTap tap = StreamTap.both(digests == null ? StreamTap.NONE : digests,
                ReadProgress.forTerminal(verbosity.quiet));
        List<Inventory> inventories = Pipeline.read(specs, context.stdin(), new ReadOptions(fields, limits, tap));
        return anonymizer.map(a -> a.apply(inventories)).orElse(inventories);
    }

    /** A file read apart from the exports ({@code --catalog}, {@code --installed}), for the metadata. */
    void input(String kind, Path file) throws InputException {
        if (digests == null || file == null) return;
        try {
            others.add(InputDigests.of(kind, file));
        } catch (IOException e) {
            throw InputException.cannotRead(file.toString(), e);
        }
    }

    Metadata metadata(RuleSet rules) throws UsageException {
        List<InputDigest> inputs = new ArrayList<>(digests == null ? List.of() : digests.digests());
        inputs.addAll(others);
        return Metadata.of(rules.id(), metadata.generatedAt(context.clock()), anonymizer.isPresent(), inputs);
    }
}
