package org.scorelink.scorecard.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.scorelink.credentials.entity.Caller;
import org.scorelink.scorecard.control.MeasureValues;
import org.scorelink.scorecard.control.Periods;
import org.scorelink.scorecard.control.ScorecardJson;
import org.scorelink.scorecard.control.ScorecardRefused;
import org.scorelink.scorecard.control.ScorecardRefused.Kind;
import org.scorelink.scorecard.control.Scorecards;
import org.scorelink.scorecard.control.Scoring;
import org.scorelink.scorecard.entity.OrgUnit;
import org.scorelink.scorecard.entity.Period;
import org.scorelink.scorecard.entity.ReportingPeriod;
import org.scorelink.scorecard.entity.Scorecard;
import org.scorelink.scorecard.entity.ScorecardVersion;

/**
 * The scorecard of the caller's store for a period and org unit ({@code GET /api/scorecard}) and what needs
 * attention in it ({@code GET /api/scorecard/exceptions}), computed under the store's current scorecard version
 * from its recorded values. Callers with scope {@code scorelink/reports} (executives: they can read these
 * reports and nothing else) or {@code scorelink/admin} may read them. See {@code docs/scorecard.md}.
 */
@Path("api/scorecard")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ScorecardReportResource {

    private static final Set<String> PARAMETERS = Set.of("period", "orgUnit");

    @Inject
    Scorecards scorecards;

    @Inject
    MeasureValues values;

    @Context
    HttpServletRequest request;

    @Context
    UriInfo uri;

    /** What one API reports for the org units asked for. */
    @FunctionalInterface
    private interface Report {
        JsonObject of(Scoring scoring, ScorecardVersion version, ReportingPeriod period, List<Optional<String>> units);
    }

    /** Each perspective → objectives → measures with actual, target, score, status and trend; rolled-up scores. */
    @GET
    public Response scorecard() {
        return answer("/api/scorecard", (scoring, version, period, units) -> ReportJson.scorecard(version, period,
                units.stream().map(u -> scoring.report(u, period)).toList()));
    }

    /** Off-target measures, measures without data, red measures without an initiative, links without data. */
    @GET
    @Path("exceptions")
    public Response exceptions() {
        return answer("/api/scorecard/exceptions", (scoring, version, period, units) -> ReportJson.exceptions(
                version, period, units.stream().map(u -> scoring.exceptions(u, period)).toList()));
    }

    private Response answer(String path, Report report) {
        Caller caller = ScorecardRequests.reader(request, path);
        ScorecardRequests.onlyParameters(uri.getQueryParameters(), PARAMETERS);
        ReportingPeriod period = period();
        ScorecardVersion version = scorecards.current(caller.storeId());
        List<Optional<String>> units = units(version.scorecard());
        // every value scoring may need: the quarter holding the period and the quarter before it (trends), with
        // the weeks straddling their edges
        ReportingPeriod quarter = Periods.containing(period, Period.QUARTER);
        var recorded = values.between(caller.storeId(), quarter.previous().start().minusDays(7), quarter.end());
        Scoring scoring = new Scoring(version.scorecard(), recorded);
        return Response.ok(ScorecardJson.write(report.of(scoring, version, period, units))).build();
    }

    private ReportingPeriod period() {
        String value = uri.getQueryParameters().getFirst("period");
        if (value == null || value.isBlank()) {
            throw new ScorecardRefused(Kind.INVALID, "period: required: " + ReportingPeriod.FORMS);
        }
        return ScorecardRequests.period("period", value.strip());
    }

    /** The org unit asked for, or the roots (none for a scorecard without org units). */
    private List<Optional<String>> units(Scorecard scorecard) {
        String value = uri.getQueryParameters().getFirst("orgUnit");
        if (value == null) {
            return Scoring.defaultOrgUnits(scorecard);
        }
        if (scorecard.orgUnit(value).isEmpty()) {
            throw new ScorecardRefused(Kind.INVALID, "orgUnit: no org unit '" + value + "' in the scorecard; it has "
                    + (scorecard.orgUnits().isEmpty() ? "none" : String.join(", ", scorecard.orgUnits().stream()
                            .map(OrgUnit::key).toList())));
        }
        return List.of(Optional.of(value));
    }
}
