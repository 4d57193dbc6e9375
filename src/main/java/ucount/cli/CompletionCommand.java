package ucount.cli;

import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.util.concurrent.Callable;

/**
 * The bash (and zsh, with bashcompinit) completion script for ucount. picocli's own command of this name takes any
 * argument without a word; this one refuses what it does not know, as every other command does (exit 2).
 */
@Command(name = "generate-completion", mixinStandardHelpOptions = true,
        versionProvider = UcountCommand.VersionProvider.class,
        description = "Prints the bash/zsh completion script for ucount: source it, then Tab completes commands, "
                + "options and their values.",
        footer = {"", "Examples:",
                "  source <(ucount generate-completion)          # this shell",
                "  ucount generate-completion > ~/.ucount.bash   # for good: add to ~/.bashrc",
                "  . ~/.ucount.bash",
                "  autoload -U +X bashcompinit && bashcompinit   # zsh: first, then source it"})
final class CompletionCommand implements Callable<Integer> {

    @ParentCommand
    UcountCommand root;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        CommandSpec ucount = spec.parent();
        root.context.out().print(AutoComplete.bash(ucount.name(), ucount.commandLine()));
        root.context.out().flush();
        return ExitCode.OK.code;
    }
}
