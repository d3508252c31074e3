package org.scorelink.xapi.boundary;

import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.scorelink.xapi.control.JsonIo;

/** {@code GET /xapi/about}: the versions this LRS speaks (Communication 2.8). Needs no credential. */
@Path("xapi/about")
public class AboutResource {

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public JsonObject about() {
        return JsonIo.object()
                .add("version", JsonIo.array().add("1.0.3").add("2.0.0"))
                .add("extensions", JsonIo.object()
                        .add("https://scorelink.org/xapi/extensions/product", "Scorelink"))
                .build();
    }
}
