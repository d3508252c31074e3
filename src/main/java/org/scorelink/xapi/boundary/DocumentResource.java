package org.scorelink.xapi.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import java.util.Date;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.scorelink.credentials.entity.Caller;
import org.scorelink.credentials.entity.Scope;
import org.scorelink.xapi.control.DocumentStore;
import org.scorelink.xapi.control.JsonIo;
import org.scorelink.xapi.control.Micros;
import org.scorelink.xapi.control.StatementValidator;
import org.scorelink.xapi.control.XapiException;
import org.scorelink.xapi.entity.Document;
import org.scorelink.xapi.entity.DocumentContext;
import org.scorelink.xapi.entity.DocumentKind;
import org.scorelink.xapi.entity.DocumentPreconditions;
import org.scorelink.xapi.entity.PutPrecondition;
import org.scorelink.xapi.entity.XapiVersion;

/**
 * The protocol shared by the three Document Resources (Communication 2.2; xAPI 2.0 4.1.6.2, 4.1.6.5, 4.1.6.6): strict
 * parameters, scopes, preconditions, ETag and Last-Modified. Subclasses name the resource and its context.
 */
public abstract class DocumentResource {

    private static final String OCTET_STREAM = "application/octet-stream";

    @Inject
    DocumentStore store;

    @Inject
    @ConfigProperty(name = RequestBodies.MAX_DOCUMENT_KEY, defaultValue = "16777216")
    long maxDocumentBytes;

    @Context
    HttpServletRequest servletRequest;

    @Context
    UriInfo uri;

    @Context
    HttpHeaders headers;

    private final StatementValidator validator = new StatementValidator();

    abstract DocumentKind kind();

    /** The scope that grants reading and writing this resource besides {@code all}. */
    abstract Scope scope();

    /** The parameters that name the context: activityId, agent, registration. */
    abstract Set<String> contextParams();

    /** May the resource delete every document of a context at once (State only, Communication 2.3.s5)? */
    boolean deletesAll() {
        return false;
    }

    /** When a PUT must carry If-Match/If-None-Match: always for the profile resources (Communication 3.1.s3.b1). */
    PutPrecondition putPrecondition(XapiVersion version) {
        return PutPrecondition.ALWAYS;
    }

    @PUT
    public Response put(InputStream body) {
        Write w = write(body);
        store.put(w.ctx(), w.id(), contentType(), w.content(), preconditions(), putPrecondition(version()));
        return Response.noContent().build();
    }

    @POST
    public Response post(InputStream body) {
        Write w = write(body);
        store.post(w.ctx(), w.id(), contentType(), w.content(), preconditions());
        return Response.noContent().build();
    }

    /** What a PUT or POST writes: the document named by the parameters, and the body. */
    private record Write(DocumentContext ctx, String id, byte[] content) {
    }

    /** Scope, then parameters, then the body (bounded), in that order for both writes. */
    private Write write(InputStream body) {
        Caller caller = writable();
        StatementParams params = params(Set.of());
        DocumentContext ctx = context(caller, params);
        String id = documentId(params);
        return new Write(ctx, id, RequestBodies.readBytes(headers, body, maxDocumentBytes,
                RequestBodies.MAX_DOCUMENT_KEY));
    }

    @GET
    public Response get() {
        Caller caller = readable();
        StatementParams params = params(Set.of("since"));
        DocumentContext ctx = context(caller, params);
        if (!params.has(kind().idParam())) {
            long after = params.timestamp("since").map(Micros::of).orElse(0L);
            DocumentStore.Listing listing = store.list(ctx, after);
            var ids = JsonIo.array();
            listing.ids().forEach(ids::add);
            Response.ResponseBuilder rb = Response.ok(ids.build().toString(), MediaType.APPLICATION_JSON);
            if (listing.lastUpdatedMicros() > 0) {
                rb.lastModified(Date.from(Micros.toInstant(listing.lastUpdatedMicros()))); // 2.2.s6.b2
            }
            return rb.build();
        }
        if (params.has("since")) {
            throw XapiException.badRequest("parameter since: only for listing ids, not with " + kind().idParam()
                    + " (" + kind().section() + ")");
        }
        String id = documentId(params);
        Document doc = store.find(ctx, id).orElseThrow(() -> XapiException.notFound(
                kind().idParam() + " " + id + ": no such document (" + kind().section() + ")"));
        return Response.ok(doc.content()).header(HttpHeaders.CONTENT_TYPE, doc.contentType())
                .header(HttpHeaders.ETAG, "\"" + doc.etag() + "\"")
                .lastModified(Date.from(Micros.toInstant(doc.updatedMicros()))).build();
    }

    @DELETE
    public Response delete() {
        Caller caller = writable();
        StatementParams params = params(Set.of());
        DocumentContext ctx = context(caller, params);
        if (!params.has(kind().idParam()) && deletesAll()) {
            store.deleteAll(ctx);
        } else {
            store.delete(ctx, documentId(params), preconditions());
        }
        return Response.noContent().build();
    }

    private StatementParams params(Set<String> extra) {
        Set<String> allowed = new HashSet<>(contextParams());
        allowed.add(kind().idParam());
        allowed.addAll(extra);
        StatementParams params = new StatementParams(uri.getQueryParameters(), allowed);
        for (String name : contextParams()) {
            if (!name.equals("registration") && !params.has(name)) {
                throw missing(name);
            }
        }
        return params;
    }

    private DocumentContext context(Caller caller, StatementParams params) {
        String activity = contextParams().contains("activityId") ? params.iri("activityId").orElseThrow() : "";
        String agent = contextParams().contains("agent") ? agentKey(params) : "";
        Optional<String> registration = params.uuid("registration").map(u -> u.toString().toLowerCase(Locale.ROOT));
        return new DocumentContext(caller.storeId(), kind(), activity, agent, registration);
    }

    /** An Agent; in 2.0 also an identified Group (xAPI 2.0 4.1.6.2, 4.1.6.5, 4.1.6.6). */
    private String agentKey(StatementParams params) {
        XapiVersion version = version();
        String groupRefused = version.isTwo() ? null
                : "must be an Agent, not a Group, in xAPI 1.0.3 (" + kind().section() + ")";
        return params.actor(validator, version, groupRefused).orElseThrow().key();
    }

    private String documentId(StatementParams params) {
        String id = params.string(kind().idParam()).orElseThrow(() -> missing(kind().idParam()));
        if (id.isEmpty()) {
            throw XapiException.badRequest("parameter " + kind().idParam() + ": must not be empty ("
                    + kind().section() + ")");
        }
        return id;
    }

    private XapiException missing(String name) {
        return XapiException.badRequest("parameter " + name + ": required (" + kind().section() + ")");
    }

    private String contentType() {
        String type = headers.getHeaderString(HttpHeaders.CONTENT_TYPE);
        if (type == null || type.isBlank()) {
            return OCTET_STREAM;
        }
        try {
            MediaType.valueOf(type);
        } catch (IllegalArgumentException e) {
            throw XapiException.badRequest("header Content-Type: not a media type: '" + type + "'");
        }
        return type.trim();
    }

    private DocumentPreconditions preconditions() {
        return new DocumentPreconditions(Optional.ofNullable(headers.getHeaderString(HttpHeaders.IF_MATCH)),
                Optional.ofNullable(headers.getHeaderString(HttpHeaders.IF_NONE_MATCH)));
    }

    XapiVersion version() {
        return XapiHeadersFilter.version(servletRequest);
    }

    private Caller readable() {
        Caller caller = Callers.of(servletRequest);
        if (!caller.canRead(scope())) {
            throw forbidden(caller, scope().value() + " or all/read");
        }
        return caller;
    }

    private Caller writable() {
        Caller caller = Callers.of(servletRequest);
        if (!caller.canUse(scope())) {
            throw forbidden(caller, scope().value());
        }
        return caller;
    }

    private static XapiException forbidden(Caller caller, String needed) {
        return XapiException.forbidden("credential " + caller.clientKey() + ": lacks scope " + needed
                + " (Communication 4.0)");
    }
}
