package ucount.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import ucount.axl.AxlClient;
import ucount.axl.AxlEndpoint;
import ucount.axl.Credentials;
import ucount.axl.Puller;
import ucount.axl.Tls;
import ucount.ingest.InputException;
import ucount.report.Version;

import java.io.Console;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.concurrent.Callable;

@Command(name = "pull", sortOptions = false, mixinStandardHelpOptions = true,
        versionProvider = UcountCommand.VersionProvider.class,
        description = {
                "Exports a live cluster over AXL (HTTPS SOAP to the publisher) into a snapshot folder that the other "
                        + "commands read like any export: the raw responses of listPhone, listUser, listDeviceProfile, "
                        + "listRemoteDestinationProfile and the users' associations (one executeSQLQuery on "
                        + "enduserdevicemap), plus manifest.json (host, port, AXL version, time, counts).",
                "The folder appears whole or not at all. The password is never an argument: it is read from "
                        + "--password-file, else the environment variable " + Credentials.ENV + ", else asked for. "
                        + "The AXL user needs the role 'Standard AXL API Access'. Throttling (HTTP 503) is retried "
                        + "with back-off; progress goes to standard error."},
        footer = {"", "Examples:",
                "  ucount pull --host cucm-pub.example.com --user axlreader \\",
                "      --axl-version 12.5 --out snapshots/hq          # asks for the password",
                "  ucount pull --host 10.1.1.10 --user axl --axl-version 14.0 \\",
                "      --password-file ~/.axl-pw --cacert corp-root-ca.pem --out hq-2024-06",
                "  ucount estimate snapshots/hq                       # count from the snapshot"})
final class PullCommand implements Callable<Integer> {

    @ParentCommand
    UcountCommand root;

    @Option(names = "--host", required = true, paramLabel = "HOST", description = "The CUCM publisher.")
    String host;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "8443", description = "HTTPS port (default 8443).")
    int port;

    @Option(names = "--user", required = true, paramLabel = "USER", description = "The AXL application user.")
    String user;

    @Option(names = "--axl-version", required = true, paramLabel = "VERSION",
            description = "The AXL schema version the cluster runs: 8.0 to 15.0 (e.g. 12.5).")
    String axlVersion;

    @Option(names = "--out", required = true, paramLabel = "DIR",
            description = "The snapshot folder to write; it must not exist or be empty, unless --force.")
    Path out;

    @Option(names = "--password-file", paramLabel = "FILE",
            description = "Read the password from the first line of FILE.")
    Path passwordFile;

    @Option(names = "--cacert", paramLabel = "FILE",
            description = "Trust the CA certificate(s) in FILE (PEM or DER) instead of the JDK's trusted CAs: for a "
                    + "publisher whose certificate a private CA signed.")
    Path caCertificates;

    @Option(names = "--insecure", description = "Do not verify the server's certificate or name (only for a lab).")
    boolean insecure;

    @Option(names = "--force", description = "Replace a non-empty --out folder.")
    boolean force;

    @Mixin
    VerbosityMixin verbosity;

    @Override
    public Integer call() throws Exception {
        AxlEndpoint endpoint;
        try {
            endpoint = new AxlEndpoint(host, port, user, axlVersion);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        if (insecure && caCertificates != null) throw new UsageException("--insecure and --cacert exclude each other");
        if (java.nio.file.Files.isRegularFile(out)) {
            throw new UsageException("--out " + out + " is a file: name a folder for the snapshot");
        }
        if (Puller.occupied(out) && !force) {
            throw new UsageException("--out " + out + " exists and is not empty: name a new folder, or add --force "
                    + "to replace it");
        }
        char[] password = Credentials.password(passwordFile, root.context.env(), PullCommand::ask, endpoint);
        if (password == null) {
            throw new UsageException("no AXL password: set " + Credentials.ENV + ", give --password-file FILE, or run "
                    + "in a terminal to be asked");
        }
        AxlClient.Progress progress = line -> {
            if (!verbosity.quiet) {
                root.context.err().println("ucount: pull: " + InputException.oneLine(line)); // a server's words
                root.context.err().flush();
            }
        };
        AxlClient client = new AxlClient(endpoint, password, Tls.context(caCertificates, insecure),
                AxlClient.Sleeper.REAL, progress);
        Arrays.fill(password, '\0');
        Puller.Summary summary = new Puller(client, progress, Clock.systemUTC(), Version.version()).pull(out);
        StringBuilder line = new StringBuilder(summary.folder().toString()).append(':');
        summary.counts().forEach((what, n) -> line.append(' ').append(what).append(' ').append(n).append(','));
        line.append(" associations from ").append(summary.associationsFrom());
        root.context.out().println(line);
        root.context.out().flush();
        return ExitCode.OK.code;
    }

    private static char[] ask(String question) {
        Console console = System.console();
        return console == null ? null : console.readPassword("%s", question);
    }
}
