package org.scorelink.credentials.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ProtectionTest {

    private static Protection of(String method, String path) {
        return Protection.of(method, Arrays.asList(path.split("/", -1)));
    }

    @Test
    void xapiNeedsAClientExceptAboutAndPreflight() {
        assertEquals(Protection.CLIENT, of("GET", "xapi/statements"));
        assertEquals(Protection.CLIENT, of("PUT", "xapi/activities/state"));
        assertEquals(Protection.CLIENT, of("GET", "xapi"));
        assertEquals(Protection.CLIENT, of("GET", "xapi/about/x"));
        assertEquals(Protection.PUBLIC, of("GET", "xapi/about"));
        assertEquals(Protection.PUBLIC, of("GET", "xapi/about/"));
        assertEquals(Protection.PUBLIC, of("OPTIONS", "xapi/statements"));
    }

    /** Communication 3.2: a method the resource does not serve is its 405, not a 401, whoever asks. */
    @Test
    void methodsAnXapiResourceDoesNotServeNeedNoCredentials() {
        assertEquals(Protection.PUBLIC, of("DELETE", "xapi/statements"));
        assertEquals(Protection.PUBLIC, of("PATCH", "xapi/statements"));
        assertEquals(Protection.PUBLIC, of("POST", "xapi/activities"));
        assertEquals(Protection.PUBLIC, of("put", "xapi/agents"));
        assertEquals(Protection.PUBLIC, of("PATCH", "xapi/activities/state"));
        assertEquals(Protection.CLIENT, of("DELETE", "xapi/activities/state"));
        assertEquals(Protection.CLIENT, of("HEAD", "xapi/statements"));
        assertEquals(Protection.CLIENT, of("PUT", "xapi/agents/profile"));
        assertEquals(Protection.CLIENT, of("DELETE", "xapi/no-such-resource"));
    }

    @Test
    void apiNeedsAClientAndAdminPathsTheAdminScope() {
        assertEquals(Protection.CLIENT, of("GET", "api/me"));
        assertEquals(Protection.CLIENT, of("GET", "api"));
        assertEquals(Protection.ADMIN, of("GET", "api/admin/clients"));
        assertEquals(Protection.ADMIN, of("POST", "api/admin"));
        assertEquals(Protection.ADMIN, of("GET", "api//admin/clients"));
        assertEquals(Protection.ADMIN, of("GET", "/api/admin/stores"));
    }

    @Test
    void otherPathsArePublic() {
        assertEquals(Protection.PUBLIC, of("GET", ""));
        assertEquals(Protection.PUBLIC, of("GET", "index.html"));
        assertEquals(Protection.PUBLIC, of("GET", "apis"));
        assertEquals(Protection.PUBLIC, of("GET", "xapix/statements"));
    }
}
