package ucount.axl;

import ucount.io.SecretFile;

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

    /** The file's first line ({@link SecretFile}). */
    private static char[] fromFile(Path file) throws AxlException {
        try {
            return SecretFile.firstLine(file, "password");
        } catch (SecretFile.Unusable e) {
            throw new AxlException(e.getMessage());
        }
    }
}
