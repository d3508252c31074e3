package org.scorelink.scorecard.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.scorelink.credentials.entity.Caller;
import org.scorelink.scorecard.control.Parsed;
import org.scorelink.scorecard.control.ScorecardEdits;
import org.scorelink.scorecard.control.ScorecardJson;
import org.scorelink.scorecard.control.ScorecardParser;
import org.scorelink.scorecard.control.ScorecardRefused;
import org.scorelink.scorecard.control.ScorecardYaml;
import org.scorelink.scorecard.control.Scorecards;
import org.scorelink.scorecard.entity.CausalLink;
import org.scorelink.scorecard.entity.Initiative;
import org.scorelink.scorecard.entity.Measure;
import org.scorelink.scorecard.entity.Objective;
import org.scorelink.scorecard.entity.OrgUnit;
import org.scorelink.scorecard.entity.Perspective;
import org.scorelink.scorecard.entity.Scorecard;
import org.scorelink.scorecard.entity.ScorecardVersion;

/**
 * Admin API of the caller's store's scorecard: the current version, whole-scorecard and element-wise changes (each a
 * new version), a dry-run validation, and the history with diffs. The authentication filter lets only callers with
 * scope {@code scorelink/admin} in; each sees and changes the scorecard of its own store.
 *
 * <p>Changes need a reason ({@code X-Scorelink-Reason}) and may name the version they are based on
 * ({@code If-Match: "3"} → 412 when the scorecard has moved on). A change that alters nothing answers 200 with the
 * current version; a new version answers 201 with its {@code Location} and {@code ETag}. See
 * {@code docs/scorecard.md}.
 */
@Path("api/admin/scorecard")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ScorecardAdminResource {

    private static final String YAML = "application/yaml";
    private static final String TEXT_YAML = "text/yaml";

    /**
     * A kind of element named by one key: what messages call it, how to find it in a scorecard and write it as JSON,
     * how to parse a request body for it, and the edits that put and delete it.
     */
    private record ElementKind<T>(String what, BiFunction<Scorecard, String, Optional<T>> find,
                                  Function<T, JsonObject> json, BiFunction<String, String, Parsed<T>> parse,
                                  BiFunction<Parsed<T>, T, Scorecards.Edit> put,
                                  Function<String, Scorecards.Edit> delete) {
    }

    private static final ElementKind<Perspective> PERSPECTIVES = new ElementKind<>("perspective",
            Scorecard::perspective, ScorecardJson::toJson, ScorecardParser::parsePerspective, ScorecardEdits::put,
            ScorecardEdits::deletePerspective);
    private static final ElementKind<OrgUnit> ORG_UNITS = new ElementKind<>("org unit", Scorecard::orgUnit,
            ScorecardJson::toJson, ScorecardParser::parseOrgUnit, ScorecardEdits::put, ScorecardEdits::deleteOrgUnit);
    private static final ElementKind<Objective> OBJECTIVES = new ElementKind<>("objective", Scorecard::objective,
            ScorecardJson::toJson, ScorecardParser::parseObjective, ScorecardEdits::put,
            ScorecardEdits::deleteObjective);
    private static final ElementKind<Measure> MEASURES = new ElementKind<>("measure", Scorecard::measure,
            ScorecardJson::toJson, ScorecardParser::parseMeasure, ScorecardEdits::put, ScorecardEdits::deleteMeasure);
    private static final ElementKind<Initiative> INITIATIVES = new ElementKind<>("initiative",
            Scorecard::initiative, ScorecardJson::toJson, ScorecardParser::parseInitiative, ScorecardEdits::put,
            ScorecardEdits::deleteInitiative);

    @Inject
    Scorecards scorecards;

    @Inject
    @ConfigProperty(name = "scorelink.scorecard.max-body-bytes", defaultValue = "4194304")
    int maxBodyBytes;

    @Context
    HttpServletRequest request;

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uri;

    // ---- the whole scorecard

    /** The current version: JSON {@code {version, author, client?, created, reason, changes, scorecard}}, or YAML. */
    @GET
    @Produces({MediaType.APPLICATION_JSON, YAML, TEXT_YAML})
    public Response current(@QueryParam("format") String format) {
        return versionResponse(scorecards.current(caller().storeId()), format);
    }

    @PUT
    public Response replace(InputStream body, @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
                            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                            @HeaderParam(ScorecardRequests.REASON) String reason) {
        Scorecards.Change change = change(reason, ifMatch);
        Parsed<Scorecard> parsed = ScorecardParser.read(body(body, contentType));
        if (parsed.hasErrors()) {
            throw ScorecardRefused.invalid(parsed.problems());
        }
        return applied(scorecards.replace(caller().storeId(), parsed.value().orElseThrow(), parsed.warnings(),
                change));
    }

    /**
     * Validates a scorecard without storing it: {@code {valid, errors, warnings, problems}}, and when valid the
     * {@code diff} (RFC 6902) from the current version it would make.
     */
    @POST
    @Path("validate")
    public Response validate(InputStream body, @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType) {
        Parsed<Scorecard> parsed = ScorecardParser.read(body(body, contentType));
        var result = ScorecardJson.object().add("valid", !parsed.hasErrors())
                .add("errors", parsed.errors().size()).add("warnings", parsed.warnings().size())
                .add("problems", ScorecardViews.problems(parsed.problems()));
        parsed.value().ifPresent(sc -> {
            ScorecardVersion current = scorecards.current(caller().storeId());
            result.add("from", current.version())
                    .add("diff", ScorecardJson.diff(current.document(), ScorecardJson.toJson(sc)));
        });
        return json(result.build());
    }

    // ---- history

    /** Every version, newest first: {@code [{version, author, client?, created, reason, changes}]}. */
    @GET
    @Path("versions")
    public Response versions() {
        var list = ScorecardJson.array();
        scorecards.history(caller().storeId()).forEach(v -> list.add(ScorecardViews.info(v)));
        return json(list.build());
    }

    @GET
    @Path("versions/{version}")
    @Produces({MediaType.APPLICATION_JSON, YAML, TEXT_YAML})
    public Response version(@PathParam("version") String version, @QueryParam("format") String format) {
        int n = ScorecardRequests.versionNumber("version", version);
        return versionResponse(scorecards.version(caller().storeId(), n).orElseThrow(() -> noVersion(n)), format);
    }

    /** The RFC 6902 patch from version {@code from} (default: the previous one; 0 = empty document) to this one. */
    @GET
    @Path("versions/{version}/diff")
    public Response diff(@PathParam("version") String version, @QueryParam("from") String from) {
        int to = ScorecardRequests.versionNumber("version", version);
        int start = from == null ? to - 1 : "0".equals(from) ? 0 : ScorecardRequests.versionNumber("from", from);
        long store = caller().storeId();
        JsonArray patch = scorecards.diff(store, start, to).orElseThrow(() -> noVersion(
                scorecards.version(store, to).isPresent() ? start : to));
        return json(ScorecardJson.object().add("from", start).add("to", to).add("patch", patch).build());
    }

    // ---- elements: each kind keyed by one key answers GET, PUT and DELETE through its row in the table above

    @GET
    @Path("perspectives/{key}")
    public Response perspective(@PathParam("key") String key) {
        return element(PERSPECTIVES, key);
    }

    @PUT
    @Path("perspectives/{key}")
    public Response putPerspective(@PathParam("key") String key, InputStream body,
                                   @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
                                   @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                   @HeaderParam(ScorecardRequests.REASON) String reason) {
        return put(PERSPECTIVES, key, body, contentType, ifMatch, reason);
    }

    @DELETE
    @Path("perspectives/{key}")
    public Response deletePerspective(@PathParam("key") String key, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                      @HeaderParam(ScorecardRequests.REASON) String reason) {
        return delete(PERSPECTIVES, key, ifMatch, reason);
    }

    @GET
    @Path("org-units/{key}")
    public Response orgUnit(@PathParam("key") String key) {
        return element(ORG_UNITS, key);
    }

    @PUT
    @Path("org-units/{key}")
    public Response putOrgUnit(@PathParam("key") String key, InputStream body,
                               @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
                               @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                               @HeaderParam(ScorecardRequests.REASON) String reason) {
        return put(ORG_UNITS, key, body, contentType, ifMatch, reason);
    }

    @DELETE
    @Path("org-units/{key}")
    public Response deleteOrgUnit(@PathParam("key") String key, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                  @HeaderParam(ScorecardRequests.REASON) String reason) {
        return delete(ORG_UNITS, key, ifMatch, reason);
    }

    @GET
    @Path("objectives/{key}")
    public Response objective(@PathParam("key") String key) {
        return element(OBJECTIVES, key);
    }

    @PUT
    @Path("objectives/{key}")
    public Response putObjective(@PathParam("key") String key, InputStream body,
                                 @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
                                 @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                 @HeaderParam(ScorecardRequests.REASON) String reason) {
        return put(OBJECTIVES, key, body, contentType, ifMatch, reason);
    }

    @DELETE
    @Path("objectives/{key}")
    public Response deleteObjective(@PathParam("key") String key, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                    @HeaderParam(ScorecardRequests.REASON) String reason) {
        return delete(OBJECTIVES, key, ifMatch, reason);
    }

    @GET
    @Path("measures/{key}")
    public Response measure(@PathParam("key") String key) {
        return element(MEASURES, key);
    }

    @PUT
    @Path("measures/{key}")
    public Response putMeasure(@PathParam("key") String key, InputStream body,
                               @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
                               @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                               @HeaderParam(ScorecardRequests.REASON) String reason) {
        return put(MEASURES, key, body, contentType, ifMatch, reason);
    }

    /** Deletes the measure with its targets; 409 while links, formulas or initiatives refer to it. */
    @DELETE
    @Path("measures/{key}")
    public Response deleteMeasure(@PathParam("key") String key, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                  @HeaderParam(ScorecardRequests.REASON) String reason) {
        return delete(MEASURES, key, ifMatch, reason);
    }

    /** Every target of the measure, canonical order. */
    @GET
    @Path("measures/{key}/targets")
    public Response targets(@PathParam("key") String key) {
        return element(sc -> sc.measure(key).map(m -> ScorecardJson.targets(sc.targetsOf(key))), "measure", key);
    }

    /** Replaces every target of the measure with the body's list. */
    @PUT
    @Path("measures/{key}/targets")
    public Response putTargets(@PathParam("key") String key, InputStream body,
                               @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
                               @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                               @HeaderParam(ScorecardRequests.REASON) String reason) {
        return put(body, contentType, ifMatch, reason, text -> ScorecardParser.parseTargets(text, key),
                (parsed, targets) -> ScorecardEdits.putTargets(parsed, key, targets));
    }

    @GET
    @Path("links/{from}/{to}")
    public Response link(@PathParam("from") String from, @PathParam("to") String to) {
        return element(sc -> sc.link(from, to).map(ScorecardJson::toJson), "link", from + "/" + to);
    }

    @PUT
    @Path("links/{from}/{to}")
    public Response putLink(@PathParam("from") String from, @PathParam("to") String to, InputStream body,
                            @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
                            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                            @HeaderParam(ScorecardRequests.REASON) String reason) {
        return put(body, contentType, ifMatch, reason, text -> ScorecardParser.parseLink(text, from, to),
                ScorecardEdits::put);
    }

    @DELETE
    @Path("links/{from}/{to}")
    public Response deleteLink(@PathParam("from") String from, @PathParam("to") String to,
                               @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                               @HeaderParam(ScorecardRequests.REASON) String reason) {
        return update(ScorecardEdits.deleteLink(from, to), change(reason, ifMatch));
    }

    @GET
    @Path("initiatives/{key}")
    public Response initiative(@PathParam("key") String key) {
        return element(INITIATIVES, key);
    }

    @PUT
    @Path("initiatives/{key}")
    public Response putInitiative(@PathParam("key") String key, InputStream body,
                                  @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
                                  @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                  @HeaderParam(ScorecardRequests.REASON) String reason) {
        return put(INITIATIVES, key, body, contentType, ifMatch, reason);
    }

    @DELETE
    @Path("initiatives/{key}")
    public Response deleteInitiative(@PathParam("key") String key, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                     @HeaderParam(ScorecardRequests.REASON) String reason) {
        return delete(INITIATIVES, key, ifMatch, reason);
    }

    // ---- plumbing

    private Caller caller() {
        return ScorecardRequests.caller(request);
    }

    /** The change's author (the admin client's name), client key, reason and expected version. */
    private Scorecards.Change change(String reason, String ifMatch) {
        String why = ScorecardRequests.reason(reason);
        OptionalInt expected = ScorecardRequests.ifMatch(ifMatch);
        Caller c = caller();
        String author = c.authority().getString("name", c.clientKey());
        return new Scorecards.Change(author, Optional.of(c.clientKey()), why, expected);
    }

    private String body(InputStream body, String contentType) {
        ScorecardRequests.checkContentType(contentType);
        return ScorecardRequests.text(body, maxBodyBytes);
    }

    /** Puts the element of {@code kind} named {@code key} from the body. */
    private <T> Response put(ElementKind<T> kind, String key, InputStream body, String contentType, String ifMatch,
                             String reason) {
        return put(body, contentType, ifMatch, reason, text -> kind.parse().apply(text, key), kind.put());
    }

    /** Parses the body with {@code parse} and applies the edit {@code put} makes of it (refused with every problem). */
    private <T> Response put(InputStream body, String contentType, String ifMatch, String reason,
                             Function<String, Parsed<T>> parse, BiFunction<Parsed<T>, T, Scorecards.Edit> put) {
        Scorecards.Change change = change(reason, ifMatch);
        Parsed<T> parsed = parse.apply(body(body, contentType));
        return update(put.apply(parsed, ScorecardEdits.element(parsed)), change);
    }

    private Response delete(ElementKind<?> kind, String key, String ifMatch, String reason) {
        return update(kind.delete().apply(key), change(reason, ifMatch));
    }

    private Response update(Scorecards.Edit edit, Scorecards.Change change) {
        return applied(scorecards.update(caller().storeId(), edit, change));
    }

    private Response applied(Scorecards.Applied applied) {
        int version = applied.version().version();
        Response.ResponseBuilder r = applied.created()
                ? Response.created(uri.getBaseUriBuilder().path("api/admin/scorecard/versions/{n}").build(version))
                : Response.ok();
        return r.tag(tag(version)).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(ScorecardJson.write(ScorecardViews.applied(applied))).build();
    }

    private <T> Response element(ElementKind<T> kind, String key) {
        return element(sc -> kind.find().apply(sc, key).map(kind.json()), kind.what(), key);
    }

    /** One element of the current scorecard as JSON, with the scorecard's ETag; 404 when it has none. */
    private Response element(Function<Scorecard, Optional<? extends JsonValue>> find, String what, String key) {
        ScorecardVersion current = scorecards.current(caller().storeId());
        JsonValue value = find.apply(current.scorecard()).orElseThrow(() -> new ScorecardRefused(
                ScorecardRefused.Kind.NOT_FOUND, "no " + what + " '" + key + "' in scorecard version "
                        + current.version()));
        return Response.ok(value.toString(), MediaType.APPLICATION_JSON_TYPE).tag(tag(current.version())).build();
    }

    private Response versionResponse(ScorecardVersion v, String format) {
        Optional<String> yaml = yamlType(format);
        if (yaml.isPresent()) {
            var info = v.info();
            List<String> header = List.of(v.document().getString("name", "scorecard") + ", version " + info.version(),
                    "by " + info.author() + " at " + info.created() + ": " + info.reason());
            return Response.ok(ScorecardYaml.write(v.document(), header), yaml.get() + ";charset=UTF-8")
                    .tag(tag(v.version())).build();
        }
        return Response.ok(ScorecardJson.write(ScorecardViews.version(v)), MediaType.APPLICATION_JSON_TYPE)
                .tag(tag(v.version())).build();
    }

    /** YAML when {@code format=yaml}, or when the most preferred acceptable type is a YAML one. */
    private Optional<String> yamlType(String format) {
        if (format != null) {
            return switch (format.toLowerCase(Locale.ROOT)) {
                case "yaml" -> Optional.of(YAML);
                case "json" -> Optional.empty();
                default -> throw new ScorecardRefused(ScorecardRefused.Kind.INVALID, "format: '" + format
                        + "' is not json or yaml");
            };
        }
        for (MediaType accepted : headers.getAcceptableMediaTypes()) {
            String type = (accepted.getType() + "/" + accepted.getSubtype()).toLowerCase(Locale.ROOT);
            if (type.equals(YAML) || type.equals(TEXT_YAML)) {
                return Optional.of(type);
            }
            if (type.equals(MediaType.APPLICATION_JSON) || accepted.isWildcardType() || accepted.isWildcardSubtype()) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    private static Response json(JsonStructure json) {
        return Response.ok(ScorecardJson.write(json), MediaType.APPLICATION_JSON_TYPE).build();
    }

    private static EntityTag tag(int version) {
        return new EntityTag(Integer.toString(version));
    }

    private static ScorecardRefused noVersion(int n) {
        return new ScorecardRefused(ScorecardRefused.Kind.NOT_FOUND, "version: no scorecard version " + n);
    }
}
