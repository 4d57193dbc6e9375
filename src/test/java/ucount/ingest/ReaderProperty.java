package ucount.ingest;

import ucount.catalog.Catalog;
import ucount.model.Inventory;
import ucount.pipeline.Pipeline;
import ucount.report.EstimateJson;
import ucount.report.Json;
import ucount.report.EstimateText;
import ucount.rules.Estimate;
import ucount.rules.RuleOptions;
import ucount.rules.RuleSet;
import ucount.rules.UnknownModelException;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * What the fuzz tests hold of any bytes whatever: the public entry {@link ExportReader#read} either gives an inventory,
 * which the rules classify and the reports render, or refuses the input with an {@link InputException} whose
 * message is one line naming the file. Any other exception, or a message on several lines, is a finding.
 */
final class ReaderProperty {

    static final String NAME = "fuzzed-export";
    private static final Catalog CATALOG = Catalog.builtIn();
    /** Small enough that the fuzzer reaches them with inputs of a few kilobytes. */
    static final ReadLimits LIMITS = new ReadLimits(2_000, 20, 1_000, 200);

    private ReaderProperty() {
    }

    static void readsOrRefuses(byte[] data) {
        InputFile file = new InputFile(NAME, null, () -> new ByteArrayInputStream(data));
        Inventory inventory;
        try {
            inventory = ExportReader.read("fuzz", List.of(file), new ReadOptions(Fields.ALL, LIMITS, StreamTap.NONE));
        } catch (InputException e) {
            String message = e.getMessage();
            if (!message.startsWith(NAME)) throw new AssertionError("the message does not name the file: " + message, e);
            if (message.lines().count() != 1) throw new AssertionError("the message is not one line: " + message, e);
            return;
        }
        try {
            Estimate estimate = Pipeline.estimate(List.of(inventory), CATALOG, RuleOptions.defaults(RuleSet.ELM));
            EstimateText.write(estimate, true, new StringWriter());
            Json.write(EstimateJson.toJson(estimate), new StringWriter());
        } catch (UnknownModelException e) {
            throw new AssertionError("unknown models only warn by default", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
