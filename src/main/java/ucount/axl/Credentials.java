package ucount.axl;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;

/**
 * Where a pull's password comes from, never from an argument (it would show in the process list and the shell
 * history): {@code --password-file} when given, else {@value #ENV}, else the terminal's prompt.
 */
public final class Credentials {

    public static final String ENV = "UCOUNT_AXL_PASSWORD";

    /** Asks the user; returns null when there is no terminal to ask on. */
    @FunctionalInterface
    public interface Prompt {
        char[] ask(String question);
    }

    private Credentials() {
    }

    /** The password, or null when none was given and there is no terminal. */
    public static char[] password(Path file, Function<String, String> env, Prompt prompt, AxlEndpoint endpoint)
            throws AxlException {
        if (file != null) return fromFile(file);
        String fromEnv = env.apply(ENV);
        if (fromEnv != null && !fromEnv.isEmpty()) return fromEnv.toCharArray();
        return prompt.ask("AXL password for " + endpoint.user() + "@" + endpoint.host() + ": ");
    }

    /** A password file is a line; a larger file (a device, a wrong path) is refused before it is read. */
    static final long MAX_FILE_BYTES = 4096;

    /** The file's first line (a trailing CR or LF is not part of the password). */
    private static char[] fromFile(Path file) throws AxlException {
        try {
            byte[] bytes;
            try (InputStream in = Files.newInputStream(file)) {
                bytes = in.readNBytes((int) MAX_FILE_BYTES + 1);
            }
            if (bytes.length > MAX_FILE_BYTES) {
                throw new AxlException(file + ": more than " + MAX_FILE_BYTES + " bytes: not a password file");
            }
            String text = new String(bytes, StandardCharsets.UTF_8);
            int end = text.indexOf('\n');
            String line = end < 0 ? text : text.substring(0, end);
            if (line.endsWith("\r")) line = line.substring(0, line.length() - 1);
            if (line.isEmpty()) throw new AxlException(file + ": the password file is empty");
            return line.toCharArray();
        } catch (IOException e) {
            throw new AxlException(file + ": cannot read the password file: " + e.getMessage());
        }
    }
}
