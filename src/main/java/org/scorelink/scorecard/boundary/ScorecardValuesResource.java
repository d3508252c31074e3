package org.scorelink.scorecard.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.scorelink.credentials.entity.Caller;
import org.scorelink.scorecard.control.MeasureValues;
import org.scorelink.scorecard.control.Parsed;
import org.scorelink.scorecard.control.ScorecardJson;
import org.scorelink.scorecard.control.ScorecardRefused;
import org.scorelink.scorecard.control.ScorecardRefused.Kind;
import org.scorelink.scorecard.control.Scorecards;
import org.scorelink.scorecard.control.ValueEntries;
import org.scorelink.scorecard.entity.Keywords;
import org.scorelink.scorecard.entity.MeasureValue;
import org.scorelink.scorecard.entity.ReportingPeriod;
import org.scorelink.scorecard.entity.ScorecardVersion;

/**
 * Admin API of the recorded measure values of the caller's store: manual entry ({@code PUT}, a JSON array or CSV,
 * all or nothing) and listing ({@code GET}). The authentication filter lets only callers with scope
 * {@code scorelink/admin} in. See {@code docs/scorecard.md}.
 */
@Path("api/admin/scorecard/values")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ScorecardValuesResource {

    private static final System.Logger LOG = System.getLogger(ScorecardValuesResource.class.getName());
    private static final String CSV = "text/csv";
    private static final List<String> BODY_TYPES = List.of(MediaType.APPLICATION_JSON, CSV);

    @Inject
    Scorecards scorecards;

    @Inject
    MeasureValues values;

    @Inject
    @ConfigProperty(name = "scorelink.scorecard.max-body-bytes", defaultValue = "4194304")
    int maxBodyBytes;

    @Context
    HttpServletRequest request;

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uri;

    Clock clock = Clock.systemUTC();

    /**
     * Enters values by hand: each replaces the manual value of the same measure, org unit and period. Checked
     * against the current scorecard; any problem refuses them all (400 with every problem).
     */
    @PUT
    public Response put(InputStream body) {
        Caller caller = ScorecardRequests.caller(request);
        String type = ScorecardRequests.contentType(headers.getHeaderString(HttpHeaders.CONTENT_TYPE), BODY_TYPES,
                "values as application/json (an array of objects) or text/csv (with a header row "
                        + String.join(",", ValueEntries.FIELDS) + ")");
        String text = ScorecardRequests.text(body, maxBodyBytes);
        ScorecardVersion current = scorecards.current(caller.storeId());
        var entry = new ValueEntries.Entry(current.scorecard(), caller.clientKey(), clock.instant());
        Parsed<List<MeasureValue>> parsed = type.equals(CSV) ? ValueEntries.fromCsv(text, entry)
                : ValueEntries.fromJson(text, entry);
        if (parsed.hasErrors()) {
            throw new ScorecardRefused(Kind.INVALID, ScorecardRefused.summary("values",
                    parsed.problems()) + "; nothing was written", parsed.problems());
        }
        List<MeasureValue> entered = parsed.value().orElseThrow();
        values.write(caller.storeId(), entered);
        LOG.log(System.Logger.Level.INFO, "store {0}: {1} measure values entered by {2}", caller.storeId(),
                entered.size(), caller.clientKey());
        return Response.ok(ScorecardJson.write(ScorecardJson.object().add("written", entered.size())
                .add("version", current.version()).build())).build();
    }

    /**
     * The store's recorded values (every source), optionally of one measure and org unit, of periods starting from
     * the first day of {@code from} to the last day of {@code to}; by measure, org unit, period and source.
     */
    @GET
    public Response list() {
        Caller caller = ScorecardRequests.caller(request);
        var query = uri.getQueryParameters();
        ScorecardRequests.onlyParameters(query, Set.of("measure", "orgUnit", "from", "to"));
        Optional<ReportingPeriod> from = period("from", query.getFirst("from"));
        Optional<ReportingPeriod> to = period("to", query.getFirst("to"));
        if (from.isPresent() && to.isPresent() && from.get().start().isAfter(to.get().end())) {
            throw new ScorecardRefused(Kind.INVALID, "from: " + from.get() + " begins after to ("
                    + to.get() + ") ends");
        }
        var found = values.find(caller.storeId(), new MeasureValues.Query(
                Optional.ofNullable(query.getFirst("measure")), Optional.ofNullable(query.getFirst("orgUnit")),
                from.map(ReportingPeriod::start), to.map(ReportingPeriod::end)));
        JsonArrayBuilder list = ScorecardJson.array();
        found.forEach(v -> list.add(json(v)));
        return Response.ok(ScorecardJson.write(list.build())).build();
    }

    private static Optional<ReportingPeriod> period(String name, String value) {
        return Optional.ofNullable(value).map(v -> ScorecardRequests.period(name, v));
    }

    private static JsonObjectBuilder json(MeasureValue v) {
        JsonObjectBuilder o = ScorecardJson.object().add("measure", v.measure()).add("orgUnit", v.orgUnit())
                .add("period", v.period().toString());
        ReportJson.number(o, "value", v.value());
        if (v.hasParts()) {
            ReportJson.number(o, "numerator", v.numerator());
            ReportJson.number(o, "denominator", v.denominator());
        }
        return o.add("source", Keywords.of(v.source())).add("recorded", v.recorded().toString())
                .add("recordedBy", v.recordedBy());
    }
}
