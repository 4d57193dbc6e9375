package ucount.report;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import ucount.owners.Suggestion;

import java.io.IOException;
import java.io.Writer;
import java.util.Comparator;
import java.util.List;

/**
 * {@code owners --bat FILE}: the Owner User ID fix as a Bulk Administration CSV, one row per applied suggestion.
 * <p>
 * Header {@code Device Name,Owner User ID}: the two fields spelled as CUCM's own phone exports spell them ("Export
 * Phones - All Details" and the Import/Export {@code phone.csv}; real header rows in formats.md section 1). BAT's
 * "Update Phones - Custom File" transaction (Bulk Administration &gt; Phones &gt; Update Phones &gt; Custom File)
 * reads a CSV whose {@code Device Name} column names the phones to update, and sets the values chosen in the job,
 * Owner User ID among them, on all of them. The second column gives each device its owner: rows are grouped by owner
 * (then device name), so each owner's rows are one such job when the job sets one owner for all its devices.
 * <p>
 * UTF-8 without byte-order mark, CRLF record ends, as BAT writes its own exports.
 */
public final class OwnersBat {

    public static final List<String> HEADER = List.of("Device Name", "Owner User ID");

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setRecordSeparator("\r\n")
            .setHeader(HEADER.toArray(String[]::new)).build();

    private OwnersBat() {
    }

    public static void write(List<Suggestion> applied, Writer out) throws IOException {
        CSVPrinter csv = FORMAT.print(out);
        List<Suggestion> rows = applied.stream().sorted(Comparator.comparing(Suggestion::suggestedOwner)
                .thenComparing(Suggestion::name)).toList();
        for (Suggestion s : rows) csv.printRecord(s.name(), s.suggestedOwner());
        csv.flush();
    }
}
