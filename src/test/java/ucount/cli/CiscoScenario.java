package ucount.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Cisco's migration deck, scenario 1, as BAT exports: CUCM 7.1(3) with 800 Cisco 7960 phones, each owned by one of
 * 800 users (6000 DLUs were bought; the tests pass --installed-dlu 6000).
 */
final class CiscoScenario {

    private CiscoScenario() {
    }

    static Path write(Path dir) throws IOException {
        StringBuilder phones = new StringBuilder("Device Name,Description,Device Type,Owner User ID,Device Protocol\r\n");
        StringBuilder users = new StringBuilder("FIRST NAME,LAST NAME,USER ID,ENABLE MOBILITY\r\n");
        for (int i = 1; i <= 800; i++) {
            String user = String.format("user%03d", i);
            phones.append(String.format("SEP00AA00%06d,Desk %d,Cisco 7960,%s,SCCP\r\n", i, i, user));
            users.append("User,Number ").append(i).append(',').append(user).append(",f\r\n");
        }
        Files.writeString(dir.resolve("phones.csv"), phones);
        Files.writeString(dir.resolve("users.csv"), users);
        return dir;
    }
}
