package org.scorelink.xapi.boundary;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** One JAX-RS application: the LRS under {@code /xapi}, Scorelink's own API under {@code /api}. */
@ApplicationPath("/")
public class ScorelinkApplication extends Application {
}
