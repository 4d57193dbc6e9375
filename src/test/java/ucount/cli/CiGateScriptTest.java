package ucount.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * scripts/ci-gate, run by bash as a pipeline would, with ucount from the test class path (no jar needed): one
 * cluster per sub-folder, the JSON report written, and ucount's exit code passed on.
 */
class CiGateScriptTest {

    @TempDir
    Path dir;

    @Test
    void gateTotalsSubFolderClustersWritesTheReportAndFailsOnACondition() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/bin/bash")), "needs bash");
        Path exports = Files.createDirectories(dir.resolve("exports"));
        copy(Path.of("samples/acme-hq"), exports.resolve("hq"));
        copy(Path.of("samples/acme-branch"), exports.resolve("branch"));
        Path installed = Files.writeString(dir.resolve("installed.csv"), "license,count\nESSENTIAL,12\nBASIC,13\n"
                + "ENHANCED,23\nENHANCED_PLUS,16\nCUWL_PROFESSIONAL,6\nTELEPRESENCE_ROOM,6\n");

        Result pass = gate(exports, installed, Map.of());
        assertEquals(0, pass.exit, pass.output);
        assertTrue(pass.output.contains("clusters branch + hq totaled; R32, R33"), pass.output);
        assertTrue(pass.output.contains("Check: PASSED"), pass.output);
        var json = new ObjectMapper().readTree(dir.resolve("report.json").toFile());
        assertEquals("IN_COMPLIANCE", json.get("status").asText());
        assertEquals(List.of("branch", "hq"), List.of(json.get("clusters").get(0).get("name").asText(),
                json.get("clusters").get(1).get("name").asText()));

        Result fail = gate(exports, installed, Map.of("UCOUNT_FAIL_ON", "unknown-models user-devices>11"));
        assertEquals(4, fail.exit, fail.output);
        assertTrue(fail.output.contains("  user-devices>11: 1 user owns more than 11 licensed devices (R1, R2): "
                + "hq/bokafor 12"), fail.output);
        assertFalse(new ObjectMapper().readTree(dir.resolve("report.json").toFile()).get("passed").asBoolean());

        Result bad = gate(exports, dir.resolve("missing.csv"), Map.of());
        assertEquals(3, bad.exit, bad.output);
    }

    private record Result(int exit, String output) {
    }

    private Result gate(Path exports, Path installed, Map<String, String> env) throws Exception {
        Path ucount = dir.resolve("ucount");
        Files.writeString(ucount, "#!/bin/bash\nexec '" + Path.of(System.getProperty("java.home"), "bin", "java")
                + "' -XX:TieredStopAtLevel=1 -cp '" + System.getProperty("java.class.path") + "' ucount.cli.Main \"$@\"\n");
        assertTrue(ucount.toFile().setExecutable(true));
        ProcessBuilder pb = new ProcessBuilder("/bin/bash", Path.of("scripts/ci-gate").toAbsolutePath().toString(),
                exports.toString(), installed.toString()).redirectErrorStream(true).directory(dir.toFile());
        pb.environment().put("UCOUNT", ucount.toString());
        pb.environment().put("UCOUNT_REPORT", dir.resolve("report.json").toString());
        pb.environment().remove("GITHUB_STEP_SUMMARY");
        pb.environment().putAll(env);
        Process p = pb.start();
        String output = new String(p.getInputStream().readAllBytes());
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        return new Result(p.exitValue(), output);
    }

    private static void copy(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (var files = Files.list(from)) {
            for (Path f : files.filter(f -> f.toString().endsWith(".csv")).toList()) {
                Files.copy(f, to.resolve(f.getFileName()));
            }
        }
    }
}
