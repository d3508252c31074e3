package org.scorelink.credentials.boundary;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import org.scorelink.credentials.control.StoreRequest;

/** Reads and validates a {@link StoreRequest} before the resource method and its transaction. */
@Provider
@Consumes(MediaType.APPLICATION_JSON)
public class StoreRequestReader implements MessageBodyReader<StoreRequest> {

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return type == StoreRequest.class;
    }

    @Override
    public StoreRequest readFrom(Class<StoreRequest> type, Type genericType, Annotation[] annotations,
                                 MediaType mediaType, MultivaluedMap<String, String> headers, InputStream body) {
        return StoreRequest.from(ClientRequestReader.object(body));
    }
}
