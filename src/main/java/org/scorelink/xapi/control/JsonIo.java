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
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParserFactory;
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
    private static final JsonParserFactory PARSERS = Json.createParserFactory(Map.of());
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
     * Parses JSON text: exactly one value with nothing but whitespace after it ({@code JsonReader.readValue} stops
     * after the first value and would accept <code>{"a":1}[</code>); malformed input is a 400 naming {@code what}.
     */
    public static JsonValue parse(String text, String what) {
        JsonValue value;
        try (JsonReader reader = READERS.createReader(new StringReader(text))) {
            value = reader.readValue();
        } catch (JsonParsingException e) {
            throw XapiException.badRequest(what + ": not valid JSON (" + e.getMessage() + ")");
        } catch (jakarta.json.JsonException e) {
            throw XapiException.badRequest(what + ": not valid JSON (" + e.getMessage() + ")");
        }
        if (!onlyWhitespaceAfterValue(text)) {
            throw XapiException.badRequest(what + ": not valid JSON (content after the JSON value)");
        }
        return value;
    }

    /**
     * True when the one JSON value {@code text} starts with (already parsed) is followed by whitespace only. An
     * object or array ends where its brackets balance outside strings; a scalar is checked by the parser.
     */
    private static boolean onlyWhitespaceAfterValue(String text) {
        int i = 0;
        int n = text.length();
        while (i < n && isWhitespace(text.charAt(i))) {
            i++;
        }
        if (i == n || (text.charAt(i) != '{' && text.charAt(i) != '[')) {
            try (JsonParser parser = PARSERS.createParser(new StringReader(text))) {
                parser.next();
                return !parser.hasNext();
            } catch (jakarta.json.JsonException e) {
                return false;
            }
        }
        int depth = 0;
        boolean inString = false;
        for (; i < n; i++) {
            char c = text.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == '{' || c == '[') {
                depth++;
            } else if ((c == '}' || c == ']') && --depth == 0) {
                break;
            }
        }
        for (i++; i < n; i++) {
            if (!isWhitespace(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isWhitespace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r';
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
