package org.scorelink.scorecard.control;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.scorelink.scorecard.entity.Scorecard;

/** The scorecard for corporate training that ships with Scorelink (a commented YAML file on the classpath). */
public final class DefaultScorecard {

    /** Classpath location of the file. */
    public static final String RESOURCE = "/org/scorelink/scorecard/default-scorecard.yaml";

    private DefaultScorecard() {
    }

    /** The file's text, comments included. */
    public static String text() {
        try (InputStream in = DefaultScorecard.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing from the classpath: " + RESOURCE);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The default scorecard, parsed and validated. */
    public static Scorecard scorecard() {
        return ScorecardParser.read(text()).orElseThrow();
    }
}
