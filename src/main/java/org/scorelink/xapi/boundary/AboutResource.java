package org.scorelink.xapi.boundary;

import jakarta.json.JsonObject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import org.scorelink.xapi.control.JsonIo;
import org.scorelink.xapi.entity.XapiVersion;

/**
 * {@code GET /xapi/about}: the versions this LRS speaks (Communication 2.8). Needs no credential and no version
 * header. A request that names xAPI 1.0.x is answered as a 1.0.3 LRS, whose version strings are 0.9, 0.95 and
 * 1.0.x only (2.8.s5.b1.b1; Data 2.4.10): ["1.0.3"]. Any other request, 2.0 or none, gets both versions.
 */
@Path("xapi/about")
public class AboutResource {

    @Context
    HttpServletRequest servletRequest;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public JsonObject about() {
        var versions = JsonIo.array().add(XapiVersion.V1_0_3.header());
        if (XapiHeadersFilter.version(servletRequest).isTwo()) {
            versions.add(XapiVersion.V2_0_0.header());
        }
        return JsonIo.object()
                .add("version", versions)
                .add("extensions", JsonIo.object()
                        .add("https://scorelink.org/xapi/extensions/product", "Scorelink"))
                .build();
    }
}
