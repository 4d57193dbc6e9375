package ucount.cli;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** What {@code --help} prints, as a terminal of the default width (80 columns) shows it. */
class HelpTest {

    /**
     * The examples and notes under each command's options print as written: a line longer than the help's width
     * would be broken by picocli at column 0, an example command split in two, its comment under the next line.
     */
    @Test
    void everyFooterLine_printsWhole_atTheDefaultWidth() {
        CommandLine cli = Main.commandLine(new Context(new PrintWriter(new StringWriter()),
                new PrintWriter(new StringWriter()), () -> new ByteArrayInputStream(new byte[0])));
        List<String> broken = new ArrayList<>();
        collectBroken(cli, broken);
        assertEquals(List.of(), broken);
    }

    private static void collectBroken(CommandLine cli, List<String> broken) {
        String help = cli.getUsageMessage(CommandLine.Help.Ansi.OFF);
        List<String> printed = help.lines().toList();
        for (String entry : cli.getCommandSpec().usageMessage().footer()) {
            for (String line : String.format(entry).split("\\R")) {
                if (!printed.contains(line)) broken.add(cli.getCommandName() + ": " + line);
            }
        }
        cli.getSubcommands().values().forEach(sub -> collectBroken(sub, broken));
    }
}
