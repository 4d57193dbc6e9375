package ucount.report;

import ucount.io.AtomicFile;
import ucount.io.AtomicFolder;

import ucount.migration.MigrationRequest;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes a License Migration Request (R27) as a folder, or a zip when the target ends in {@code .zip}, holding
 * request.xml, request.json and license-usage.csv. Whole or not at all: the folder is filled under a hidden
 * temporary name beside the target and renamed when complete; the zip goes through {@link OutputTarget}.
 * An existing target is never replaced.
 */
public final class RequestFiles {

    public static final String XML = "request.xml";
    public static final String JSON = "request.json";
    public static final String USAGE_CSV = "license-usage.csv";

    private RequestFiles() {
    }

    public static void write(MigrationRequest request, Path target) throws IOException {
        Map<String, OutputTarget.Body> files = new LinkedHashMap<>();
        files.put(XML, out -> RequestXml.write(request, out));
        files.put(JSON, out -> RequestJson.write(request, out));
        files.put(USAGE_CSV, out -> LicenseUsageCsv.write(request.plan(), out));
        if (isZip(target)) {
            writeZip(target, request, files);
        } else {
            writeFolder(target, files);
        }
    }

    public static boolean isZip(Path target) {
        return target.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".zip");
    }

    static void writeFolder(Path target, Map<String, OutputTarget.Body> files) throws IOException {
        if (Files.exists(target)) throw new FileAlreadyExistsException(target.toAbsolutePath().toString());
        AtomicFolder folder;
        try {
            folder = AtomicFolder.create(target, false);
        } catch (FileAlreadyExistsException e) {
            throw e;
        } catch (IOException e) {
            throw AtomicFile.cannotWrite(target, e);
        }
        try (folder) {
            // Each file straight into the folder, which appears whole or not at all; a failure names the file the
            // user will look for, not the temporary folder.
            for (Map.Entry<String, OutputTarget.Body> file : files.entrySet()) {
                Path path = folder.path().resolve(file.getKey());
                try (Writer out = Files.newBufferedWriter(path, StandardCharsets.UTF_8)) {
                    file.getValue().write(out);
                } catch (IOException e) {
                    throw AtomicFile.cannotWrite(target.resolve(file.getKey()), e);
                }
            }
            folder.commit();
        }
    }

    private static void writeZip(Path target, MigrationRequest request, Map<String, OutputTarget.Body> files)
            throws IOException {
        OutputTarget.toBinaryFile(target, false, stream -> {
            ZipOutputStream zip = new ZipOutputStream(stream, StandardCharsets.UTF_8);
            for (Map.Entry<String, OutputTarget.Body> file : files.entrySet()) {
                ZipEntry entry = new ZipEntry(request.name() + "/" + file.getKey());
                entry.setTimeLocal(request.created().toLocalDateTime()); // same bytes for the same request
                zip.putNextEntry(entry);
                Writer out = new OutputStreamWriter(zip, StandardCharsets.UTF_8);
                file.getValue().write(out);
                out.flush();
                zip.closeEntry();
            }
            zip.finish();
        });
    }
}
