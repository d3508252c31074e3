package org.scorelink.xapi.control;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonConfig;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import jakarta.json.JsonWriterFactory;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParserFactory;
import jakarta.json.stream.JsonParsingException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Cached JSON-P factories ({@code Json.createReader}, {@code Json.createObjectBuilder} ... look the provider up
 * through the service loader on every call). Parsing is strict: one JSON text and nothing after it
 * (RFC 8259 section 2), and no key twice in an object, which xAPI forbids (Data 2.2.s2.b2).
 */
public final class JsonIo {

    private static final JsonParserFactory PARSERS =
            Json.createParserFactory(Map.of(JsonConfig.KEY_STRATEGY, JsonConfig.KeyStrategy.NONE));
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

    /**
     * Parses JSON text; malformed input, a key given twice in one object, or anything but whitespace after the
     * value (a JSON reader stops at the end of the first value and would ignore it) is a 400 naming {@code what}.
     */
    public static JsonValue parse(String text, String what) {
        try (JsonParser parser = PARSERS.createParser(new StringReader(text))) {
            if (!parser.hasNext()) {
                throw XapiException.badRequest(what + ": not valid JSON (empty)");
            }
            JsonValue value = value(parser, parser.next(), what);
            if (parser.hasNext()) { // throws on content after the value, so this is a defensive check
                throw XapiException.badRequest(what + ": not valid JSON (content after the JSON value)");
            }
            return value;
        } catch (JsonParsingException e) {
            throw XapiException.badRequest(what + ": not valid JSON (" + e.getMessage() + ")");
        } catch (jakarta.json.JsonException | IllegalStateException e) {
            throw XapiException.badRequest(what + ": not valid JSON (" + e.getMessage() + ")");
        }
    }

    /** The value that starts with {@code event}; objects and arrays are built here so keys can be checked. */
    private static JsonValue value(JsonParser parser, JsonParser.Event event, String what) {
        switch (event) {
            case START_OBJECT -> {
                JsonObjectBuilder b = BUILDERS.createObjectBuilder();
                Set<String> keys = new HashSet<>();
                for (JsonParser.Event e = parser.next(); e != JsonParser.Event.END_OBJECT; e = parser.next()) {
                    String key = parser.getString();
                    if (!keys.add(key)) {
                        throw XapiException.badRequest(what + ": not valid JSON (the key \"" + key
                                + "\" occurs twice in one object; Data 2.2.s2.b2)");
                    }
                    b.add(key, value(parser, parser.next(), what));
                }
                return b.build();
            }
            case START_ARRAY -> {
                JsonArrayBuilder b = BUILDERS.createArrayBuilder();
                for (JsonParser.Event e = parser.next(); e != JsonParser.Event.END_ARRAY; e = parser.next()) {
                    b.add(value(parser, e, what));
                }
                return b.build();
            }
            default -> {
                return parser.getValue();
            }
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
