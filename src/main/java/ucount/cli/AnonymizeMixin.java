package ucount.cli;

import picocli.CommandLine.Option;
import ucount.anonymize.Anonymizer;

import java.util.Optional;

/** {@code --anonymize [--salt S]}: pseudonymous output to share outside the team. */
final class AnonymizeMixin {

    @Option(names = "--anonymize",
            description = "Replace user IDs, names, mail addresses, numbers and device names by stable pseudonyms "
                    + "(a keyed hash) in every output; counts do not change. Model, cluster and file names stay.")
    boolean anonymize;

    @Option(names = "--salt", paramLabel = "S",
            description = "Key of the pseudonyms for --anonymize: the same salt gives the same pseudonyms in "
                    + "every run, so runs can be compared. Without it a random salt is used, and pseudonyms "
                    + "differ between runs. Keep the salt secret: with it, a guessed ID can be checked.")
    String salt;

    Optional<Anonymizer> anonymizer() throws UsageException {
        if (salt != null && !anonymize) throw new UsageException("--salt needs --anonymize");
        if (salt != null && salt.isEmpty()) throw new UsageException("--salt must not be empty");
        if (!anonymize) return Optional.empty();
        return Optional.of(salt == null ? Anonymizer.withRandomSalt() : Anonymizer.withSalt(salt));
    }
}
