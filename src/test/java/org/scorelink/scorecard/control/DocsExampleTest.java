package org.scorelink.scorecard.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The example in docs/scorecard.md is a valid scorecard (the docs stay true). */
class DocsExampleTest {

    @Test
    void exampleInTheFormatReferenceIsValid() throws IOException {
        String doc = Files.readString(Path.of("docs/scorecard.md"));
        int start = doc.indexOf("```yaml\n") + "```yaml\n".length();
        String yaml = doc.substring(start, doc.indexOf("```", start));
        Parsed<?> parsed = ScorecardParser.read(yaml);
        assertEquals(List.of(), parsed.problems());
        assertEquals(4, ((org.scorelink.scorecard.entity.Scorecard) parsed.orElseThrow()).measures().size());
    }
}
