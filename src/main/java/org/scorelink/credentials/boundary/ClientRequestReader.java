package org.scorelink.credentials.boundary;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import org.scorelink.credentials.control.ClientRequest;
import org.scorelink.credentials.control.CredentialsException;

/**
 * Reads and validates a {@link ClientRequest} before the resource method, and so before its
 * transaction: a 400 is answered without a transaction (and without Liberty's FFDC report for
 * exceptions leaving one).
 */
@Provider
@Consumes(MediaType.APPLICATION_JSON)
public class ClientRequestReader implements MessageBodyReader<ClientRequest> {

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return type == ClientRequest.class;
    }

    @Override
    public ClientRequest readFrom(Class<ClientRequest> type, Type genericType, Annotation[] annotations,
                                  MediaType mediaType, MultivaluedMap<String, String> headers, InputStream body) {
        return ClientRequest.from(object(body));
    }

    static JsonObject object(InputStream body) {
        if (!(value(body, "a JSON object") instanceof JsonObject o)) {
            throw CredentialsException.invalid("body", "must be a JSON object");
        }
        return o;
    }

    /** Any JSON value; malformed or missing JSON is a 400 naming the body and what it should be. */
    static JsonValue value(InputStream body, String expected) {
        try (var reader = Json.createReader(new InputStreamReader(body, StandardCharsets.UTF_8))) {
            return reader.readValue();
        } catch (JsonParsingException e) {
            throw CredentialsException.invalid("body", "not valid JSON: " + e.getMessage());
        } catch (jakarta.json.JsonException e) {
            throw CredentialsException.invalid("body", "required: " + expected);
        }
    }
}
