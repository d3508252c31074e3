package org.scorelink.credentials.boundary;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import org.scorelink.credentials.control.OriginList;

/** Reads and validates a store's allowed origins (a JSON array) before the resource method and its transaction. */
@Provider
@Consumes(MediaType.APPLICATION_JSON)
public class OriginListReader implements MessageBodyReader<OriginList> {

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return type == OriginList.class;
    }

    @Override
    public OriginList readFrom(Class<OriginList> type, Type genericType, Annotation[] annotations,
                               MediaType mediaType, MultivaluedMap<String, String> headers, InputStream body) {
        return OriginList.from(OriginList.FIELD, ClientRequestReader.value(body, "a JSON array of origins"));
    }
}
