package org.scorelink.scorecard.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.scorelink.scorecard.entity.Scorecard;

/** Scorecard test files and problem assertions. */
final class Fixtures {

    private Fixtures() {
    }

    /** A file under src/test/resources/org/scorelink/scorecard. */
    static String text(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/org/scorelink/scorecard/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** minimal.yaml: three measures in three perspectives, valid with no warnings. */
    static Scorecard minimal() {
        return ScorecardParser.read(text("minimal.yaml")).orElseThrow();
    }

    /** The one problem at {@code path}; fails when there is none or several. */
    static Problem problemAt(List<Problem> problems, String path) {
        List<Problem> at = problems.stream().filter(p -> p.path().equals(path)).toList();
        if (at.size() != 1) {
            fail("expected one problem at " + path + ", got " + problems);
        }
        return at.get(0);
    }

    /**
     * Asserts exactly one problem at {@code path} of that severity whose message contains {@code text}, and
     * returns it.
     */
    static Problem assertProblem(List<Problem> problems, Severity severity, String path, String text) {
        List<Problem> matching = problems.stream()
                .filter(p -> p.path().equals(path) && p.severity() == severity && p.message().contains(text))
                .toList();
        if (matching.size() != 1) {
            fail("expected one " + severity + " at " + path + " saying '" + text + "', got " + problems);
        }
        return matching.get(0);
    }

    /** Asserts the problem's location is line:column. */
    static void assertAt(Problem p, int line, int column) {
        assertEquals(Optional.of(new Location(line, column)), p.location(), p.toString());
    }
}
