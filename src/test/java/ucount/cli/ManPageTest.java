package ucount.cli;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.codegen.docgen.manpage.ManPageGenerator;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The man pages, built from the picocli model with picocli-codegen: AsciiDoc under target/man, one page per
 * command ({@code asciidoctor -b manpage target/man/ucount.adoc} turns a page into roff).
 */
class ManPageTest {

    static final Path DIR = Path.of("target/man");

    @Test
    void manPagesAreGeneratedForEveryCommand() throws Exception {
        CommandLine cli = Main.commandLine(new Context(new PrintWriter(new StringWriter()),
                new PrintWriter(new StringWriter()), () -> new ByteArrayInputStream(new byte[0])));
        examplesUnderTheirHeading(cli);
        Files.createDirectories(DIR);
        int exit = ManPageGenerator.generateManPage(DIR.toFile(), null, new boolean[0], true, cli.getCommandSpec());
        assertEquals(0, exit);
        for (String page : new String[]{"ucount", "ucount-estimate", "ucount-check", "ucount-diff", "ucount-catalog"}) {
            assertTrue(Files.exists(DIR.resolve(page + ".adoc")), page);
        }
        String estimate = Files.readString(DIR.resolve("ucount-estimate.adoc"));
        assertTrue(estimate.contains(":doctype: manpage"), estimate);
        assertTrue(estimate.contains("*--anonymize*"), estimate);
        assertTrue(estimate.contains("ucount estimate --format html -o report.html samples/acme-hq"), estimate);
        assertTrue(!estimate.contains("--generated-at"), "hidden options stay out of the man page");
        String diff = Files.readString(DIR.resolve("ucount-diff.adoc"));
        assertTrue(diff.contains("*--fail-on-increase*"), diff);
        assertTrue(new File(DIR.toFile(), "ucount.adoc").length() > 0);
        assertTrue(Files.readString(DIR.resolve("ucount-check.adoc")).contains("== Examples\n"));
    }

    /**
     * The help ends with a footer that starts with a blank line and "Examples:"; the generator shows a footer only
     * under a heading, so that line becomes the heading.
     */
    private static void examplesUnderTheirHeading(CommandLine cli) {
        var usage = cli.getCommandSpec().usageMessage();
        String[] footer = usage.footer();
        if (footer.length > 2 && footer[0].isEmpty() && footer[1].endsWith(":")) {
            usage.footerHeading(footer[1].substring(0, footer[1].length() - 1));
            usage.footer(java.util.Arrays.copyOfRange(footer, 2, footer.length));
        }
        cli.getSubcommands().values().forEach(ManPageTest::examplesUnderTheirHeading);
    }
}
