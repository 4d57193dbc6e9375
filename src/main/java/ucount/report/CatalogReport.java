package ucount.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.commons.csv.CSVPrinter;
import ucount.catalog.CatalogEntry;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/** {@code ucount catalog}: text table, JSON, or CSV in the catalog file format (so it can be edited and fed back). */
public final class CatalogReport {

    private CatalogReport() {
    }

    public static void write(List<CatalogEntry> rows, Format format, Writer out) throws IOException {
        switch (format) {
            case JSON -> json(rows, out);
            case CSV -> csv(rows, out);
            default -> text(rows, out);
        }
    }

    private static void text(List<CatalogEntry> rows, Writer out) throws IOException {
        TextTable table = new TextTable(false);
        table.row("Model", "Tier", "Confidence", "DLU", "DLU confidence", "Source");
        for (CatalogEntry e : rows) {
            table.row(e.model(), e.tier(), e.tierConfidence(), e.dlu() == null ? "?" : e.dlu(), e.dluConfidence(),
                    e.source());
        }
        out.write(table.render(""));
    }

    private static void json(List<CatalogEntry> rows, Writer out) throws IOException {
        ObjectNode root = Json.object();
        root.put("tool", Version.TOOL).put("version", Version.version());
        ArrayNode models = root.putArray("models");
        for (CatalogEntry e : rows) {
            ObjectNode m = models.addObject();
            m.put("model", e.model()).put("tier", e.tier().name()).put("tierConfidence", e.tierConfidence());
            if (e.dlu() == null) m.putNull("dlu"); else m.put("dlu", e.dlu());
            m.put("dluConfidence", e.dluConfidence()).put("source", e.source()).put("note", e.note());
        }
        Json.write(root, out);
    }

    private static void csv(List<CatalogEntry> rows, Writer out) throws IOException {
        CSVPrinter csv = Csv.printer(out, "model", "tier", "tier_confidence", "dlu", "dlu_confidence", "source", "note");
        for (CatalogEntry e : rows) {
            csv.printRecord(e.model(), e.tier(), e.tierConfidence(), e.dlu() == null ? "" : e.dlu(), e.dluConfidence(),
                    e.source(), e.note());
        }
        csv.flush();
    }
}
