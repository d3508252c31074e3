package org.scorelink.xapi.control;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import org.scorelink.xapi.entity.StatementFormat;
import org.scorelink.xapi.entity.StatementQuery;

/**
 * The {@code more} IRL carries the whole continued query (Communication 2.5.s3.b2): nothing is kept on the
 * server, so it stays valid for as long as the statements exist, far beyond the 24 hours required. The
 * credential's restrictions ({@code mine}) are never taken from the token but from the caller.
 */
public final class MoreTokens {

    /** What a continued query needs besides the statement filters. */
    public record Continuation(StatementQuery query, StatementFormat format, boolean attachments) {
    }

    private MoreTokens() {
    }

    public static String encode(StatementQuery q, StatementFormat format, boolean attachments) {
        JsonObjectBuilder b = JsonIo.object();
        q.agent().ifPresent(v -> b.add("a", v));
        q.verb().ifPresent(v -> b.add("v", v));
        q.activity().ifPresent(v -> b.add("x", v));
        q.registration().ifPresent(v -> b.add("g", v));
        if (q.relatedAgents()) {
            b.add("ra", true);
        }
        if (q.relatedActivities()) {
            b.add("rx", true);
        }
        b.add("lo", q.after()).add("hi", q.upTo()).add("n", q.limit());
        if (q.ascending()) {
            b.add("asc", true);
        }
        b.add("f", format.value());
        if (attachments) {
            b.add("att", true);
        }
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString(JsonIo.write(b.build()).getBytes(StandardCharsets.UTF_8));
    }

    public static Continuation decode(String token, Optional<String> mine) {
        try {
            String json = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
            JsonObject o = JsonIo.parseObject(json, "more");
            StatementQuery q = new StatementQuery(
                    Optional.ofNullable(o.getString("a", null)), o.getBoolean("ra", false),
                    Optional.ofNullable(o.getString("v", null)),
                    Optional.ofNullable(o.getString("x", null)), o.getBoolean("rx", false),
                    Optional.ofNullable(o.getString("g", null)),
                    o.getJsonNumber("lo").longValueExact(), o.getJsonNumber("hi").longValueExact(),
                    o.getInt("n"), o.getBoolean("asc", false), mine);
            if (q.limit() < 1) {
                throw new IllegalArgumentException("limit");
            }
            StatementFormat format = StatementFormat.of(o.getString("f")).orElseThrow();
            return new Continuation(q, format, o.getBoolean("att", false));
        } catch (XapiException e) {
            throw XapiException.badRequest("more: not a continuation this LRS issued");
        } catch (RuntimeException e) {
            throw XapiException.badRequest("more: not a continuation this LRS issued");
        }
    }
}
