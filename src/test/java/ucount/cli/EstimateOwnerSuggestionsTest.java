package ucount.cli;

import org.junit.jupiter.api.Test;
import ucount.support.Cli;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The estimate's reports for people name, beside each unassigned device (R14), the owner {@code ucount owners}
 * suggests at its default --min-confidence; the other outputs do not carry them.
 */
class EstimateOwnerSuggestionsTest {

    private static final String HQ = "samples/acme-hq";

    @Test
    void html_suggestedOwnerBesideEachDeviceTheEvidenceNames() {
        Cli.Result run = Cli.run("estimate", "--format", "html", HQ);
        assertEquals(0, run.exit(), run.err());
        String html = run.out();
        assertTrue(html.contains("<th>Owner named</th><th>Suggested owner</th><th>Reasons</th>"), html);
        assertTrue(html.contains("<tr><td>SEPA0F849C57172</td><td>Cisco 7841</td><td>ENHANCED</td><td></td>"
                + "<td>mgarcia (high: in the controlled devices of mgarcia)</td>"), html);
        assertTrue(html.contains("<td>kwilson (high: in the controlled devices of kwilson)</td>"), html);
        assertTrue(html.contains("<td>ylee (high: in the controlled devices of ylee)</td>"), html);
        assertTrue(html.contains("<td>mgarcia (high: in the controlled devices of mgarcia; phone User ID names "
                + "mgarcia; line 1 DN 2000 matches mgarcia (primary extension))</td>"), html);
        // 4 suggestions (owners samples/acme-hq: high 4); the other 9 unassigned devices have no evidence
        assertEquals(4, html.split("\\(high: ", -1).length - 1);
        // the owner named on the device is not among the users: no suggestion, the cell stays empty
        assertTrue(html.contains("<tr><td>SEP3C0E238DF3C4</td><td>Cisco 8845</td><td>ENHANCED</td><td>tformer</td>"
                + "<td></td>"), html);
    }

    @Test
    void markdownDetail_suggestedOwnerColumn() {
        Cli.Result run = Cli.run("estimate", "--format", "md", "--detail", HQ);
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("| Device | Model | License | Suggested owner | Reasons |\n"), run.out());
        assertTrue(run.out().contains("| SEP6899CD641EA1 | Cisco 7937 | ENHANCED | ylee (high: in the controlled "
                + "devices of ylee) | R14: no owner -> device-only ENHANCED (Cisco 7937) |\n"), run.out());
    }

    @Test
    void twoClusters_suggestionsFoundInTheirOwnCluster() {
        Cli.Result run = Cli.run("estimate", "--format", "html", "--cluster", "hq=" + HQ,
                "--cluster", "branch=samples/acme-branch");
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("<tr><td>hq</td><td>SEP0057D2B994E9</td><td>Cisco TelePresence SX80</td>"
                + "<td>TELEPRESENCE_ROOM</td><td></td><td>kwilson (high: in the controlled devices of kwilson)</td>"),
                run.out());
    }

    @Test
    void textJsonCsvAndMarkdownSummary_withoutSuggestions() {
        for (List<String> args : List.of(List.of("--detail"), List.of("--format", "json"), List.of("--format", "csv"),
                List.of("--format", "md"))) {
            List<String> command = new java.util.ArrayList<>(List.of("estimate", "-q"));
            command.addAll(args);
            command.add(HQ);
            Cli.Result run = Cli.run(command.toArray(String[]::new));
            assertEquals(0, run.exit(), run.err());
            assertFalse(run.out().contains("controlled devices"), args + "\n" + run.out());
            assertFalse(run.out().contains("Suggested owner"), args + "\n" + run.out());
        }
    }
}
