package ucount.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import ucount.report.Version;

import java.util.List;

/** The top-level command: only subcommands do work. */
@Command(name = "ucount",
        mixinStandardHelpOptions = true,
        versionProvider = UcountCommand.VersionProvider.class,
        description = {
                "Counts the Cisco Unified CM licenses a cluster needs, from its exports (BAT CSV, AXL XML), and explains "
                        + "every number with the rule it comes from.",
                ""},
        footer = {"", "Examples:",
                "  ucount estimate exports/        # a folder of BAT CSV and AXL XML: one cluster",
                "  ucount estimate --detail --rules smart phones.csv users.csv",
                "  ucount estimate --cluster hq=exports/hq --cluster br=exports/br \\",
                "      --format json -o est.json",
                "  ucount dlu --installed-dlu 6000 exports/   # pre-9.x DLUs: used and unused",
                "  ucount request --dry-run --installed-dlu 6000 exports/  # migration request",
                "  ucount check --installed lic.csv exports/  # compliance; exit 4 if not",
                "  ucount owners --bat fix.csv exports/  # owners for unowned devices, BAT fix",
                "  ucount estimate --format html -o report.html exports/   # charts to share",
                "  ucount diff before.json after.json  # what changed between two estimates",
                "  source <(ucount generate-completion)   # bash completion (zsh: bashcompinit)",
                "  ucount catalog 8865                 # tier and DLU cost of a model",
                "  ucount pull --host cucm-pub --user axl --axl-version 12.5 --out hq  # live AXL",
                "",
                "Exit codes: 0 done, 1 internal error, 2 usage error, 3 input error,",
                "            4 check failed."})
public final class UcountCommand implements Runnable {

    /** The commands that do work, in the order {@code ucount --help} lists them ({@link Main#commandLine}). */
    static final List<Class<?>> WORK = List.of(EstimateCommand.class, DluCommand.class, RequestCommand.class,
            CheckCommand.class, OwnersCommand.class, DiffCommand.class, PullCommand.class, CatalogCommand.class);
    /** The commands about commands, listed after them. */
    static final List<Class<?>> ABOUT = List.of(CompletionCommand.class,
            picocli.CommandLine.HelpCommand.class);

    final Context context;

    @Spec
    CommandSpec spec;

    UcountCommand(Context context) {
        this.context = context;
    }

    @Override
    public void run() {
        spec.commandLine().usage(context.out());
    }

    static final class VersionProvider implements IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[]{Version.TOOL + " " + Version.version()};
        }
    }
}
