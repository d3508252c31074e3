package org.scorelink.xapi.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.scorelink.xapi.entity.IncomingStatement;
import org.scorelink.xapi.entity.XapiVersion;

/**
 * Turns request JSON into statements ready to store: validates each one (the whole batch is rejected if one
 * fails, before anything is written) and sets the LRS-owned properties of Data 2.4: {@code id} when absent,
 * {@code authority} from the credential, {@code version}; {@code stored} is assigned at commit.
 */
@ApplicationScoped
public class StatementIntake {

    private final StatementValidator validator = new StatementValidator();

    /** A POST body: one statement or an array of them. */
    public List<IncomingStatement> fromPost(JsonValue body, XapiVersion version, JsonObject authority, int maxBatch) {
        List<IncomingStatement> out = new ArrayList<>();
        if (body instanceof JsonObject single) {
            out.add(prepare(single, version, authority, "statement"));
        } else if (body.getValueType() == JsonValue.ValueType.ARRAY) {
            var array = body.asJsonArray();
            if (array.isEmpty()) {
                throw XapiException.badRequest("statements: the batch is empty");
            }
            if (array.size() > maxBatch) {
                throw new XapiException(XapiException.Kind.PAYLOAD_TOO_LARGE, "statements: the batch holds "
                        + array.size() + " statements; this LRS accepts at most " + maxBatch + " per request");
            }
            for (int i = 0; i < array.size(); i++) {
                JsonValue v = array.get(i);
                String path = "statements[" + i + "]";
                if (!(v instanceof JsonObject o)) {
                    throw XapiException.invalid(path, "must be a Statement object");
                }
                out.add(prepare(o, version, authority, path));
            }
        } else {
            throw XapiException.badRequest("body: must be a Statement object or an array of Statements");
        }
        return out;
    }

    /** A PUT body: one statement whose id, if given, must equal {@code statementId}. */
    public IncomingStatement fromPut(JsonValue body, UUID statementId, XapiVersion version, JsonObject authority) {
        if (!(body instanceof JsonObject statement)) {
            throw XapiException.badRequest("body: must be a Statement object");
        }
        if (statement.get("id") instanceof JsonString id && !id.getString().equalsIgnoreCase(statementId.toString())) {
            throw XapiException.invalid("statement.id", "must equal the statementId parameter "
                    + statementId + " (Communication 2.1.1.s3.b3)");
        }
        JsonObject withId = statement.containsKey("id") ? statement
                : JsonIo.object(statement).add("id", statementId.toString()).build();
        return prepare(withId, version, authority, "statement");
    }

    IncomingStatement prepare(JsonObject statement, XapiVersion version, JsonObject authority, String path) {
        validator.validate(statement, version, path);
        boolean idFromClient = statement.get("id") instanceof JsonString;
        UUID id = idFromClient ? UUID.fromString(statement.getString("id")) : UUID.randomUUID();
        JsonObjectBuilder b = JsonIo.object().add("id", id.toString().toLowerCase(Locale.ROOT));
        for (Map.Entry<String, JsonValue> e : statement.entrySet()) {
            switch (e.getKey()) {
                case "id", "stored", "authority" -> {
                    // LRS-assigned (Data 2.4.8, 2.4.9): the credential decides the authority
                }
                default -> b.add(e.getKey(), e.getValue());
            }
        }
        b.add("authority", authority);
        if (!statement.containsKey("version")) {
            b.add("version", version.isTwo() ? "2.0.0" : "1.0.0");
        }
        JsonObject prepared = b.build();
        return new IncomingStatement(id, idFromClient, prepared, JsonIo.write(prepared),
                !statement.containsKey("timestamp"));
    }
}
