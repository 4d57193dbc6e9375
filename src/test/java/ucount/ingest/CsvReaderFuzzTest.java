package ucount.ingest;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzzes the BAT CSV reader through the public entry. In a normal build the seeds in
 * {@code src/test/resources/ucount/ingest/CsvReaderFuzzTestInputs/read/} run once each (Jazzer's regression mode);
 * {@code scripts/fuzz csv SECONDS} fuzzes for real, and a crash it finds lands there as a new seed.
 */
class CsvReaderFuzzTest {

    @FuzzTest(maxDuration = "60s")
    void read(byte[] data) {
        ReaderProperty.readsOrRefuses(data);
    }
}
