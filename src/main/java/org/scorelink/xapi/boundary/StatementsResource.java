package org.scorelink.xapi.boundary;

import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonValue;
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
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.scorelink.credentials.entity.Caller;
import org.scorelink.xapi.control.AgentKeys;
import org.scorelink.xapi.control.AttachmentStore;
import org.scorelink.xapi.control.Definitions;
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
import org.scorelink.xapi.entity.AttachmentData;
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
    AttachmentStore attachmentStore;

    @Inject
    Definitions definitions;

    @Inject
    @ConfigProperty(name = RequestBodies.MAX_BODY_KEY, defaultValue = "16777216")
    long maxBodyBytes;

    /** Each attachment part of a multipart request; by default as large as a whole request may be. */
    @Inject
    @ConfigProperty(name = RequestBodies.MAX_ATTACHMENT_KEY)
    Optional<Long> maxAttachmentBytes;

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
        Received received = receive(body);
        IncomingStatement statement = intake.fromPut(JsonIo.parse(received.json(), "body"), id, version(),
                caller.authority());
        List<IncomingStatement> statements = List.of(statement);
        writer.write(caller.storeId(), statements, received.attachments(statements, false), caller.canDefine());
        return Response.noContent().build();
    }

    @POST
    public Response post(InputStream body) {
        Caller caller = writer(Callers.of(servletRequest));
        new StatementParams(uri.getQueryParameters(), Set.of());
        Received received = receive(body);
        JsonValue parsed = JsonIo.parse(received.json(), "body");
        List<IncomingStatement> statements = intake.fromPost(parsed, version(), caller.authority(), maxBatch);
        writer.write(caller.storeId(), statements,
                received.attachments(statements, parsed.getValueType() == JsonValue.ValueType.ARRAY),
                caller.canDefine());
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
        List<AttachmentData> data = c.attachments()
                ? attachmentStore.load(caller.storeId(), AttachmentStore.referenced(page.statements()))
                : List.of();
        // format=canonical looks definitions up (perhaps in the database): done before the response starts, so a
        // failure is still an error response. exact and ids are formatted while streaming, as they were.
        List<String> formatted = c.format() == StatementFormat.CANONICAL
                ? canonical(caller, mine, page.statements(), languages)
                : null;
        Multipart envelope = c.attachments()
                ? Multipart.around(formatted != null ? formatted
                        : page.statements().stream().map(StoredStatement::body).toList(), data)
                : null;
        StreamingOutput out = stream -> {
            Writer w = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
            if (c.attachments()) {
                w.write(envelope.start());
            }
            w.write("{\"statements\":[");
            for (int i = 0; i < page.statements().size(); i++) {
                if (i > 0) {
                    w.write(',');
                }
                w.write(formatted != null ? formatted.get(i)
                        : StatementFormatter.format(page.statements().get(i), c.format(), languages));
            }
            w.write("],\"more\":\"");
            w.write(more);
            w.write("\"}");
            w.flush();
            if (c.attachments()) {
                envelope.writeParts(stream, data);
            }
        };
        Response.ResponseBuilder rb = Response.ok(out, c.attachments() ? envelope.type() : MediaType.APPLICATION_JSON);
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
        String json = format == StatementFormat.CANONICAL
                ? canonical(caller, mine, List.of(s), languages).get(0)
                : StatementFormatter.format(s, format, languages);
        Object entity = json;
        String type = MediaType.APPLICATION_JSON;
        if (attachments) {
            List<AttachmentData> data = attachmentStore.load(caller.storeId(), AttachmentStore.referenced(List.of(s)));
            Multipart envelope = Multipart.around(List.of(json), data);
            type = envelope.type();
            entity = (StreamingOutput) stream -> {
                stream.write((envelope.start() + json).getBytes(StandardCharsets.UTF_8));
                envelope.writeParts(stream, data);
            };
        }
        return Response.ok(entity, type)
                .lastModified(Date.from(Micros.toInstant(s.seq()))).build();
    }

    /** A PUT/POST body: the statements' JSON and, for multipart/mixed, the attachment parts after it. */
    private record Received(String json, List<AttachmentData> parts, boolean multipart) {
        List<AttachmentData> attachments(List<IncomingStatement> statements, boolean batch) {
            if (!multipart) {
                AttachmentStore.requireFileUrls(statements, batch);
                return List.of();
            }
            return AttachmentStore.match(statements, batch, parts);
        }
    }

    /**
     * format=canonical (Communication 2.1.3): Activities with the LRS's canonical definitions, one language per
     * map. Those definitions merge every client's statements, so a caller limited to its own statements
     * ({@code statements/read/mine}, which may not read {@code GET /xapi/activities} either) gets its statements'
     * own definitions, language-filtered.
     */
    private List<String> canonical(Caller caller, Optional<String> mine, List<StoredStatement> statements,
            List<Locale.LanguageRange> languages) {
        StatementFormatter.CanonicalActivities activities = mine.isEmpty()
                ? definitions.canonicalActivities(caller.storeId())
                : null;
        List<String> out = new ArrayList<>(statements.size());
        for (StoredStatement s : statements) {
            out.add(StatementFormatter.format(s, StatementFormat.CANONICAL, languages, activities));
        }
        return out;
    }

    /** Reads application/json, or multipart/mixed with the statements first (Communication 1.5.2). */
    private Received receive(InputStream body) {
        String type = headers.getHeaderString(HttpHeaders.CONTENT_TYPE);
        if (!MultipartBody.isMultipart(type)) {
            return new Received(RequestBodies.readJson(headers, body, maxBodyBytes), List.of(), false);
        }
        String boundary = MultipartBody.boundary(type);
        byte[] bytes = RequestBodies.readBytes(headers, body, maxBodyBytes, RequestBodies.MAX_BODY_KEY);
        List<MultipartBody.Part> parts = MultipartBody.parse(bytes, boundary);
        if (parts.isEmpty()) {
            throw XapiException.badRequest("body: multipart/mixed without parts; the first must hold the statements");
        }
        MultipartBody.Part first = parts.get(0);
        String firstType = first.header("content-type");
        if (firstType == null || !firstType.toLowerCase(Locale.ROOT).startsWith("application/json")) {
            throw XapiException.badRequest("multipart part 1: Content-Type must be application/json, was "
                    + (firstType == null ? "absent" : "'" + firstType + "'") + " (Communication 1.5.2.s2.b2.b1)");
        }
        if (first.body().length == 0) {
            throw XapiException.badRequest("multipart part 1: empty; a Statement or an array of Statements is required");
        }
        List<AttachmentData> received = new ArrayList<>(parts.size() - 1);
        long maxAttachment = maxAttachmentBytes.orElse(maxBodyBytes);
        for (int i = 1; i < parts.size(); i++) {
            MultipartBody.Part p = parts.get(i);
            if (p.body().length > maxAttachment) {
                // Communication 3.2.s2.b7 / 2.0 4.1.5: "or the size of an Attachment included in the request"
                throw RequestBodies.tooLarge("multipart part " + (i + 1) + " (attachment data)", maxAttachment,
                        RequestBodies.MAX_ATTACHMENT_KEY);
            }
            String hash = p.header("x-experience-api-hash");
            if (hash == null || hash.isEmpty()) {
                throw XapiException.badRequest("multipart part " + (i + 1) + ": X-Experience-API-Hash header "
                        + "required (Communication 1.5.2.s2.b2.b3)");
            }
            String encoding = p.header("content-transfer-encoding");
            if (encoding != null && !encoding.equalsIgnoreCase("binary")) {
                throw XapiException.badRequest("multipart part " + (i + 1) + ": Content-Transfer-Encoding must be "
                        + "binary, was '" + encoding + "' (Communication 1.5.2.s2.b2.b4)");
            }
            received.add(new AttachmentData(hash.trim(), p.header("content-type"), p.body()));
        }
        return new Received(new String(first.body(), StandardCharsets.UTF_8), received, true);
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
