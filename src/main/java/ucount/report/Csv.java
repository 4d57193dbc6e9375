package ucount.report;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.Writer;

/** CSV output for spreadsheets: RFC 4180 quoting, LF record ends (Excel and LibreOffice read both). */
public final class Csv {

    private Csv() {
    }

    public static CSVPrinter printer(Writer out, String... header) throws IOException {
        return CSVFormat.DEFAULT.builder().setRecordSeparator('\n').setHeader(header).build().print(out);
    }
}
