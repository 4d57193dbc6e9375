package ucount.cli;

import picocli.CommandLine.Option;
import ucount.anonymize.Anonymizer;
import ucount.ingest.InputException;
import ucount.io.SecretFile;
import ucount.model.Source;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;

/** {@code --anonymize [--salt S | --salt-file FILE]}: pseudonymous output to share outside the team. */
final class AnonymizeMixin {

    /** The salt from the environment, when neither {@code --salt} nor {@code --salt-file} gives one. */
    static final String ENV = "UCOUNT_SALT";

    @Option(names = "--anonymize",
            description = "Replace user IDs, names, mail addresses, numbers and device names by pseudonyms (a "
                    + "keyed hash: one value, one pseudonym) in every output; counts do not change. Model, cluster and file names stay.")
    boolean anonymize;

    @Option(names = "--salt", paramLabel = "S",
            description = "Key of the pseudonyms for --anonymize: the same salt gives the same pseudonyms in "
                    + "every run, so runs can be compared. Without a salt (this, --salt-file or " + ENV + ") a "
                    + "random one is used, and pseudonyms differ between runs. Keep the salt secret: with it, a "
                    + "guessed ID can be checked; an argument shows in the process list and the shell history, a "
                    + "file or " + ENV + " does not.")
    String salt;

    @Option(names = "--salt-file", paramLabel = "FILE",
            description = "Read the salt from the first line of FILE (UTF-8, or UTF-16 with a byte-order mark). "
                    + "Without --salt or --salt-file, the environment variable " + ENV + " is the salt when set.")
    Path saltFile;

    Optional<Anonymizer> anonymizer(Function<String, String> env) throws UsageException, InputException {
        if (salt != null && saltFile != null) throw new UsageException("--salt and --salt-file: give one salt");
        if (salt != null && !anonymize) throw new UsageException("--salt needs --anonymize");
        if (saltFile != null && !anonymize) throw new UsageException("--salt-file needs --anonymize");
        if (salt != null && salt.isEmpty()) throw new UsageException("--salt must not be empty");
        if (!anonymize) return Optional.empty();
        String key = salt;
        if (saltFile != null) {
            try {
                key = new String(SecretFile.firstLine(saltFile, "salt"));
            } catch (SecretFile.Unusable e) {
                throw new InputException(Source.of(saltFile.toString()), e.reason());
            }
        } else if (key == null) {
            String fromEnv = env.apply(ENV);
            if (fromEnv != null && !fromEnv.isEmpty()) key = fromEnv;
        }
        return Optional.of(key == null ? Anonymizer.withRandomSalt() : Anonymizer.withSalt(key));
    }
}
