package org.scorelink.xapi.boundary;

import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HEAD;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.scorelink.credentials.entity.Caller;
import org.scorelink.xapi.control.AgentKeys;
import org.scorelink.xapi.control.JsonIo;
import org.scorelink.xapi.control.LanguageMaps;
import org.scorelink.xapi.control.Micros;
import org.scorelink.xapi.control.MoreTokens;
import org.scorelink.xapi.control.StatementFormatter;
import org.scorelink.xapi.control.StatementIntake;
import org.scorelink.xapi.control.StatementReader;
import org.scorelink.xapi.control.StatementValidator;
import org.scorelink.xapi.control.StatementWriter;
import org.scorelink.xapi.control.XapiException;
import org.scorelink.xapi.entity.IncomingStatement;
import org.scorelink.xapi.entity.StatementFormat;
import org.scorelink.xapi.entity.StatementQuery;
import org.scorelink.xapi.entity.StoredStatement;
import org.scorelink.xapi.entity.XapiVersion;

/** The Statement resource, {@code /xapi/statements} (Communication 2.1). */
@Path("xapi/statements")
public class StatementsResource {

    private static final Set<String> SINGLE_COMPANIONS = Set.of("statementId", "voidedStatementId", "format",
            "attachments");

    @Inject
    StatementIntake intake;

    @Inject
    StatementWriter writer;

    @Inject
    StatementReader reader;

    @Inject
    @ConfigProperty(name = "scorelink.xapi.max-body-bytes", defaultValue = "16777216")
    long maxBodyBytes;

    @Inject
    @ConfigProperty(name = "scorelink.xapi.max-batch", defaultValue = "1000")
    int maxBatch;

    @Inject
    @ConfigProperty(name = "scorelink.xapi.max-limit", defaultValue = "500")
    int maxLimit;

    @Context
    HttpServletRequest servletRequest;

    @Context
    UriInfo uri;

    @Context
    HttpHeaders headers;

    private final StatementValidator validator = new StatementValidator();

    @PUT
    public Response put(InputStream body) {
        Caller caller = writer(Callers.of(servletRequest));
        StatementParams params = new StatementParams(uri.getQueryParameters(), Set.of("statementId"));
        UUID id = params.uuid("statementId").orElseThrow(() ->
                XapiException.badRequest("parameter statementId: required for PUT (Communication 2.1.1)"));
        String text = RequestBodies.readJson(headers, body, maxBodyBytes);
        IncomingStatement statement = intake.fromPut(JsonIo.parse(text, "body"), id, version(), caller.authority());
        writer.write(caller.storeId(), List.of(statement));
        return Response.noContent().build();
    }

    @POST
    public Response post(InputStream body) {
        Caller caller = writer(Callers.of(servletRequest));
        new StatementParams(uri.getQueryParameters(), Set.of());
        String text = RequestBodies.readJson(headers, body, maxBodyBytes);
        List<IncomingStatement> statements = intake.fromPost(JsonIo.parse(text, "body"), version(),
                caller.authority(), maxBatch);
        writer.write(caller.storeId(), statements);
        JsonArrayBuilder ids = JsonIo.array();
        statements.forEach(s -> ids.add(s.id().toString()));
        return Response.ok(ids.build().toString(), MediaType.APPLICATION_JSON_TYPE).build();
    }

    @GET
    public Response get() {
        Caller caller = Callers.of(servletRequest);
        Optional<String> mine = readScope(caller);
        StatementParams params = new StatementParams(uri.getQueryParameters(), StatementParams.GET_PARAMS);
        List<Locale.LanguageRange> languages = LanguageMaps.parseAcceptLanguage(
                headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
        if (params.has("statementId") || params.has("voidedStatementId")) {
            return single(caller, params, mine, languages);
        }
        MoreTokens.Continuation c;
        if (params.has("more")) {
            if (params.names().size() > 1) {
                throw XapiException.badRequest("parameter more: cannot be combined with other parameters");
            }
            c = MoreTokens.decode(params.string("more").orElseThrow(), mine);
            // The token is readable, not signed: a page size this LRS never issues means it was forged.
            if (c.query().limit() > maxLimit) {
                throw XapiException.badRequest("more: not a continuation this LRS issued");
            }
        } else {
            c = firstPage(params, mine);
        }
        StatementReader.Page page = reader.query(caller.storeId(), c.query());
        String more = page.more()
                ? "/xapi/statements?more=" + MoreTokens.encode(
                        c.query().next(page.statements().get(page.statements().size() - 1).seq()), c.format(),
                        c.attachments())
                : "";
        StreamingOutput out = stream -> {
            Writer w = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
            if (c.attachments()) {
                w.write(Multipart.START);
            }
            w.write("{\"statements\":[");
            boolean first = true;
            for (StoredStatement s : page.statements()) {
                if (!first) {
                    w.write(',');
                }
                first = false;
                w.write(StatementFormatter.format(s, c.format(), languages));
            }
            w.write("],\"more\":\"");
            w.write(more);
            w.write("\"}");
            if (c.attachments()) {
                w.write(Multipart.END);
            }
            w.flush();
        };
        Response.ResponseBuilder rb = Response.ok(out, c.attachments() ? Multipart.TYPE : MediaType.APPLICATION_JSON);
        page.statements().stream().mapToLong(StoredStatement::seq).max()
                .ifPresent(seq -> rb.lastModified(Date.from(Micros.toInstant(seq))));
        return rb.build();
    }

    /** HEAD: the headers GET would send, without the body (Communication 1.1). */
    @HEAD
    public Response head() {
        Response full = get();
        return Response.fromResponse(full).entity(null).build();
    }

    private Response single(Caller caller, StatementParams params, Optional<String> mine,
            List<Locale.LanguageRange> languages) {
        if (params.has("statementId") && params.has("voidedStatementId")) {
            throw XapiException.badRequest("parameters statementId, voidedStatementId: give only one "
                    + "(Communication 2.1.3.s2.b1)");
        }
        for (String name : params.names()) {
            if (!SINGLE_COMPANIONS.contains(name)) {
                throw XapiException.badRequest("parameter " + name + ": not allowed with statementId or "
                        + "voidedStatementId (Communication 2.1.3.s2.b2)");
            }
        }
        boolean voided = params.has("voidedStatementId");
        UUID id = params.uuid(voided ? "voidedStatementId" : "statementId").orElseThrow();
        StatementFormat format = format(params);
        boolean attachments = params.bool("attachments");
        StoredStatement s = reader.byId(caller.storeId(), id, voided, mine).orElseThrow(() ->
                XapiException.notFound((voided ? "voidedStatementId " : "statementId ") + id + ": no such "
                        + (voided ? "voided " : "") + "statement"));
        String json = StatementFormatter.format(s, format, languages);
        String entity = attachments ? Multipart.START + json + Multipart.END : json;
        return Response.ok(entity, attachments ? Multipart.TYPE : MediaType.APPLICATION_JSON)
                .lastModified(Date.from(Micros.toInstant(s.seq()))).build();
    }

    private MoreTokens.Continuation firstPage(StatementParams params, Optional<String> mine) {
        XapiVersion version = version();
        Optional<String> agent = params.agent(validator, version);
        long after = params.timestamp("since").map(Micros::of).orElse(0L);
        long until = params.timestamp("until").map(Micros::of).orElse(Long.MAX_VALUE);
        long upTo = Math.min(until, writer.committedSeq());
        StatementQuery q = new StatementQuery(agent, params.bool("related_agents"), params.iri("verb"),
                params.iri("activity"), params.bool("related_activities"),
                params.uuid("registration").map(u -> u.toString().toLowerCase(Locale.ROOT)),
                after, upTo, params.limit(maxLimit), params.bool("ascending"), mine);
        return new MoreTokens.Continuation(q, format(params), params.bool("attachments"));
    }

    private static StatementFormat format(StatementParams params) {
        return params.string("format").map(f -> StatementFormat.of(f).orElseThrow(() -> XapiException.badRequest(
                "parameter format: must be ids, exact or canonical, was '" + f + "'"))).orElse(StatementFormat.EXACT);
    }

    private XapiVersion version() {
        return XapiHeadersFilter.version(servletRequest);
    }

    private static Caller writer(Caller caller) {
        if (!caller.canWriteStatements()) {
            throw XapiException.forbidden("credential " + caller.clientKey()
                    + ": lacks scope statements/write (Communication 4.0)");
        }
        return caller;
    }

    /** Empty when the caller may read every statement; the caller's own authority under statements/read/mine. */
    private static Optional<String> readScope(Caller caller) {
        if (caller.canReadAllStatements()) {
            return Optional.empty();
        }
        if (caller.canReadOwnStatements()) {
            return AgentKeys.ifiKey(caller.authority());
        }
        throw XapiException.forbidden("credential " + caller.clientKey()
                + ": lacks scope statements/read (Communication 4.0)");
    }
}
