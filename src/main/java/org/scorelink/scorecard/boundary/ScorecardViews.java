package org.scorelink.scorecard.boundary;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import org.scorelink.scorecard.control.Problem;
import org.scorelink.scorecard.control.ScorecardJson;
import org.scorelink.scorecard.control.Scorecards;
import org.scorelink.scorecard.entity.ScorecardVersion;
import org.scorelink.scorecard.entity.VersionInfo;

/** The JSON shapes of the scorecard admin API. */
final class ScorecardViews {

    private ScorecardViews() {
    }

    /** {@code {version, author, client?, created, reason, changes}}. */
    static JsonObjectBuilder info(VersionInfo v) {
        JsonObjectBuilder b = ScorecardJson.object().add("version", v.version()).add("author", v.author());
        v.client().ifPresent(c -> b.add("client", c));
        return b.add("created", v.created().toString()).add("reason", v.reason()).add("changes", v.changes());
    }

    /** A version with its scorecard: {@code {version, author, …, scorecard: {…}}}. */
    static JsonObject version(ScorecardVersion v) {
        return info(v.info()).add("scorecard", v.document()).build();
    }

    /** The outcome of a change: the version now current, whether it is new, and the scorecard's warnings. */
    static JsonObject applied(Scorecards.Applied a) {
        return info(a.version().info()).add("changed", a.created()).add("warnings", problems(a.warnings())).build();
    }

    /** {@code [{severity, path, location, line, column, message}]}; location, line and column when known. */
    static JsonArrayBuilder problems(List<Problem> problems) {
        JsonArrayBuilder b = ScorecardJson.array();
        for (Problem p : problems) {
            JsonObjectBuilder o = ScorecardJson.object().add("severity", p.severity().name().toLowerCase(
                    java.util.Locale.ROOT)).add("path", p.path());
            p.location().ifPresent(l -> o.add("location", l.toString()).add("line", l.line())
                    .add("column", l.column()));
            b.add(o.add("message", p.message()));
        }
        return b;
    }
}
