package org.scorelink.scorecard.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.scorelink.scorecard.boundary.AdminApi.SCORECARD;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URI;
import java.net.http.HttpRequest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.scorelink.scorecard.boundary.AdminApi.Reply;

/**
 * The configuration file: the IT server starts with {@code scorelink.scorecard.file} pointing at
 * lrs-fixtures/scorecard/sales-training.yaml and {@code scorelink.scorecard.store=it-file} (pom.xml).
 */
class ScorecardFileIT {

    private static final String FILE = AdminApi.fixture("sales-training.yaml").normalize().toString();

    @Test
    void theFileIsTheCurrentVersionOfItsStoreAuthoredByTheFile() {
        AdminApi admin = AdminApi.create("it-file", "scorelink/admin");
        JsonObject current = admin.getObject(SCORECARD);
        // versions the other tests may have added to it-file come after the file's: find the file's
        List<JsonObject> fromFile = admin.get(SCORECARD + "/versions").array().getValuesAs(JsonObject.class).stream()
                .filter(v -> v.getString("author").startsWith("file:")).toList();
        assertEquals(1, fromFile.size(), () -> "one version from the file, however often the server restarted: "
                + fromFile);
        JsonObject version = fromFile.get(0);
        assertEquals("file:" + FILE, version.getString("author"));
        assertEquals("loaded from " + FILE + " at startup", version.getString("reason"));
        assertEquals(1, version.getInt("version"), "the file's scorecard is the store's first version, no default");
        assertTrue(current.getInt("version") >= 1);

        // the same model as the file sent through the API
        AdminApi other = AdminApi.fresh("sc-file-compare");
        Reply put = other.put(SCORECARD, "application/yaml", AdminApi.fixtureText("sales-training.yaml"), "compare");
        assertEquals(201, put.status(), put::toString);
        assertEquals(other.getObject(SCORECARD).getJsonObject("scorecard"),
                admin.getObject(SCORECARD + "/versions/1").getJsonObject("scorecard"));
    }

    @Test
    void readinessReportsTheLoadedFile() {
        Reply r = AdminApi.reply(HttpRequest.newBuilder(URI.create(AdminApi.BASE + "/health/ready")).GET());
        assertEquals(200, r.status(), r::toString);
        JsonObject health = r.object();
        assertEquals("UP", health.getString("status"));
        JsonObject check = health.getJsonArray("checks").stream().map(JsonValue::asJsonObject)
                .filter(c -> c.getString("name").equals("scorecard-file")).findFirst()
                .orElseThrow(() -> new AssertionError("no scorecard-file check in " + health));
        assertEquals("UP", check.getString("status"));
        JsonObject data = check.getJsonObject("data");
        assertEquals(FILE, data.getString("file"));
        assertEquals("it-file", data.getString("store"));
        // "loaded" on the server's first start; RestartIT restarts it, and the same file is then "unchanged"
        assertTrue(List.of("loaded", "unchanged").contains(data.getString("status")), data::toString);
        assertEquals(1, data.getInt("version"));
        assertEquals(0, data.getInt("problems"));
    }
}
