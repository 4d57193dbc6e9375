package ucount.cli;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import ucount.report.Format;
import ucount.rules.RuleSet;

import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Parse-only tests: what the options become, without running anything. */
class OptionParsingTest {

    private static EstimateCommand parseEstimate(String... args) {
        StringWriter sink = new StringWriter();
        Context context = new Context(new PrintWriter(sink), new PrintWriter(sink), InputStream::nullInputStream);
        CommandLine cli = Main.commandLine(context);
        CommandLine.ParseResult result = cli.parseArgs(args);
        return (EstimateCommand) result.subcommand().commandSpec().userObject();
    }

    @Test
    void aCommandThatDoesWork_isBuiltAlone_andHelpOrAnUnknownFirstArgumentGetsEveryCommand() {
        StringWriter sink = new StringWriter();
        Context context = new Context(new PrintWriter(sink), new PrintWriter(sink), InputStream::nullInputStream);
        assertEquals(List.of("estimate"), List.copyOf(Main.commandLine(context, "estimate").getSubcommands().keySet()));
        List<String> all = List.of("estimate", "dlu", "request", "check", "owners", "diff", "pull", "catalog",
                "generate-completion", "help");
        for (String first : new String[]{null, "help", "--help", "estmate", "generate-completion"}) {
            assertEquals(all, List.copyOf(Main.commandLine(context, first).getSubcommands().keySet()), first);
        }
    }

    @Test
    void defaults() throws Exception {
        EstimateCommand c = parseEstimate("estimate", "x.csv");
        assertEquals(RuleSet.ELM, c.rules.rules);
        assertEquals(Format.TEXT, c.output.format);
        assertNull(c.output.output);
        assertNull(c.rules.options().emUsersEssential());
        assertEquals(false, c.rules.options().failOnUnknownModel());
        assertEquals(List.of("x.csv"), c.exports.exports);
    }

    @Test
    void valuesAreCaseInsensitive() {
        EstimateCommand c = parseEstimate("estimate", "--rules", "SMART", "--format", "Json", "--em-users", "Essential",
                "--unknown-models", "FAIL", "-o", "out.json", "x.csv");
        assertEquals(RuleSet.SMART, c.rules.rules);
        assertEquals(Format.JSON, c.output.format);
        assertEquals(Path.of("out.json"), c.output.output);
        assertEquals(true, c.rules.options().emUsersEssential());
        assertEquals(true, c.rules.options().failOnUnknownModel());
    }

    @Test
    void clustersGroupPathsByName() throws Exception {
        EstimateCommand c = parseEstimate("estimate", "--cluster", "hq=a", "--cluster", "br=b", "--cluster", "hq=c");
        var specs = c.exports.specs();
        assertEquals(2, specs.size());
        assertEquals("hq", specs.get(0).name());
        assertEquals(List.of("a", "c"), specs.get(0).exports());
        assertEquals(List.of("b"), specs.get(1).exports());
    }

    @Test
    void positionalExportsFormTheDefaultCluster() throws Exception {
        EstimateCommand c = parseEstimate("estimate", "a.csv", "b");
        assertEquals("cluster", c.exports.specs().get(0).name());
    }

    @Test
    void unknownEmUsersValueIsRejected() {
        assertThrows(CommandLine.ParameterException.class, () -> parseEstimate("estimate", "--em-users", "some", "x"));
    }
}
