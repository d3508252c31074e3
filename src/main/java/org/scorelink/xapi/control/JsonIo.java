package org.scorelink.xapi.control;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonConfig;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonReaderFactory;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import jakarta.json.JsonWriterFactory;
import jakarta.json.stream.JsonParsingException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.Map;

/**
 * Cached JSON-P factories ({@code Json.createReader}, {@code Json.createObjectBuilder} ... look the provider up
 * through the service loader on every call). The reader
 * rejects duplicate keys, which xAPI forbids.
 */
public final class JsonIo {

    private static final JsonReaderFactory READERS =
            Json.createReaderFactory(Map.of(JsonConfig.KEY_STRATEGY, JsonConfig.KeyStrategy.NONE));
    private static final JsonWriterFactory WRITERS = Json.createWriterFactory(Map.of());
    private static final JsonBuilderFactory BUILDERS = Json.createBuilderFactory(Map.of());

    private JsonIo() {
    }

    /** A new object builder from the cached factory ({@code Json.createObjectBuilder} looks the provider up). */
    public static JsonObjectBuilder object() {
        return BUILDERS.createObjectBuilder();
    }

    /** A new object builder holding a copy of {@code from}. */
    public static JsonObjectBuilder object(JsonObject from) {
        return BUILDERS.createObjectBuilder(from);
    }

    public static JsonArrayBuilder array() {
        return BUILDERS.createArrayBuilder();
    }

    /** Parses JSON text; malformed input is a 400 naming {@code what}. */
    public static JsonValue parse(String text, String what) {
        try (JsonReader reader = READERS.createReader(new StringReader(text))) {
            return reader.readValue();
        } catch (JsonParsingException e) {
            throw XapiException.badRequest(what + ": not valid JSON (" + e.getMessage() + ")");
        } catch (jakarta.json.JsonException e) {
            throw XapiException.badRequest(what + ": not valid JSON (" + e.getMessage() + ")");
        }
    }

    /** Parses a JSON object; anything else is a 400 naming {@code what}. */
    public static JsonObject parseObject(String text, String what) {
        JsonValue v = parse(text, what);
        if (v.getValueType() != JsonValue.ValueType.OBJECT) {
            throw XapiException.badRequest(what + ": must be a JSON object");
        }
        return v.asJsonObject();
    }

    public static String write(JsonStructure value) {
        StringWriter out = new StringWriter(2048);
        try (var w = WRITERS.createWriter(out)) {
            w.write(value);
        }
        return out.toString();
    }
}
