package ucount;

import org.junit.jupiter.api.Test;
import ucount.support.Cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The README's sample output is what the tool prints, so the first thing a reader sees stays true. */
class ReadmeTest {

    @Test
    void sampleOutputInTheReadmeIsCurrent() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        String prompt = "$ scripts/ucount estimate samples/acme-hq\n";
        int start = readme.indexOf(prompt) + prompt.length();
        String shown = readme.substring(start, readme.indexOf("```", start));
        assertEquals(Cli.run("estimate", "samples/acme-hq").out(), shown);
    }
}
