package org.scorelink.xapi.boundary;

import jakarta.ws.rs.Path;
import java.util.Set;
import org.scorelink.credentials.entity.Scope;
import org.scorelink.xapi.entity.DocumentKind;

/** The Agent Profile resource, {@code /xapi/agents/profile} (Communication 2.6; xAPI 2.0 4.1.6.5). */
@Path("xapi/agents/profile")
public class AgentProfileResource extends DocumentResource {

    @Override
    DocumentKind kind() {
        return DocumentKind.AGENT_PROFILE;
    }

    @Override
    Scope scope() {
        return Scope.PROFILE;
    }

    @Override
    Set<String> contextParams() {
        return Set.of("agent");
    }
}
