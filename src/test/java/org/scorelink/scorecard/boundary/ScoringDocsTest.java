package org.scorelink.scorecard.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.scorelink.scorecard.control.DefaultScorecard;
import org.scorelink.scorecard.control.ScorecardJson;
import org.scorelink.scorecard.control.Scoring;
import org.scorelink.scorecard.control.ValueEntries;
import org.scorelink.scorecard.entity.MeasureValue;
import org.scorelink.scorecard.entity.ReportingPeriod;
import org.scorelink.scorecard.entity.Scorecard;
import org.scorelink.scorecard.entity.ScorecardVersion;
import org.scorelink.scorecard.entity.VersionInfo;

/** The scoring examples in docs/scorecard.md are what the APIs answer for the documented values. */
class ScoringDocsTest {

    private static final Scorecard DEFAULT = DefaultScorecard.scorecard();
    private static final ReportingPeriod Q3 = ReportingPeriod.parse("2026-Q3").orElseThrow();

    private static String doc() throws IOException {
        return Files.readString(Path.of("docs/scorecard.md"));
    }

    /** The fenced block right after {@code <!-- example: name -->}. */
    private static String block(String doc, String name) {
        int marker = doc.indexOf("<!-- example: " + name + " -->");
        int start = doc.indexOf('\n', doc.indexOf("```", marker)) + 1;
        return doc.substring(start, doc.indexOf("```", start));
    }

    private static JsonValue json(String text) {
        return Json.createReader(new StringReader(text)).readValue();
    }

    private static JsonObject answered(JsonObject built) {
        return json(ScorecardJson.write(built)).asJsonObject(); // as a client reads it
    }

    /** Version {@code n} of store 1 holding the default scorecard. */
    private static ScorecardVersion version(int n) {
        return new ScorecardVersion(1, new VersionInfo(n, "docs", Optional.empty(), Instant.EPOCH, "docs", 0),
                ScorecardJson.toJson(DEFAULT), DEFAULT);
    }

    private static Scoring scoring(String doc) {
        List<MeasureValue> values = ValueEntries.fromJson(block(doc, "values"),
                new ValueEntries.Entry(DEFAULT, "docs", Instant.EPOCH)).orElseThrow();
        return new Scoring(DEFAULT, values);
    }

    @Test
    void theMeasureExampleIsWhatTheScorecardApiAnswers() throws IOException {
        String doc = doc();
        JsonObject answer = answered(ReportJson.scorecard(version(3), Q3,
                List.of(scoring(doc).report(Optional.of("sales_emea"), Q3))));
        JsonObject report = answer.getJsonArray("reports").getJsonObject(0);
        assertEquals(52.5925925927, report.getJsonNumber("score").doubleValue());
        JsonObject financial = report.getJsonArray("perspectives").getJsonObject(3);
        JsonObject measure = financial.getJsonArray("objectives").getJsonObject(0).getJsonArray("measures")
                .getJsonObject(0);
        assertEquals(json(block(doc, "measure")), measure);
        assertEquals(77.777777778, financial.getJsonNumber("score").doubleValue());
    }

    @Test
    void theOffTargetExampleIsWhatTheExceptionsApiAnswers() throws IOException {
        String doc = doc();
        JsonObject answer = answered(ReportJson.exceptions(version(3), Q3,
                List.of(scoring(doc).exceptions(Optional.of("sales_emea"), Q3))));
        JsonObject report = answer.getJsonArray("reports").getJsonObject(0);
        assertEquals(json(block(doc, "off target")), report.getJsonArray("offTarget").getJsonObject(0));
        assertEquals(List.of("completion_rate", "customer_satisfaction", "revenue_per_employee"),
                keys(report, "offTarget"));
        assertEquals("training_hours", keys(report, "noData").get(0));
        assertEquals(List.of("completion_rate", "customer_satisfaction"), keys(report, "redWithoutInitiative"));
        assertEquals(12, report.getJsonArray("linksWithoutData").size());
    }

    private static List<String> keys(JsonObject report, String list) {
        return report.getJsonArray(list).getValuesAs(JsonObject.class).stream()
                .map(o -> o.getJsonObject("measure").getString("key")).toList();
    }

    @Test
    void theCsvExampleIsRead() throws IOException {
        String doc = doc();
        int start = doc.indexOf("```csv\n") + "```csv\n".length();
        String csv = doc.substring(start, doc.indexOf("```", start));
        assertEquals(3, ValueEntries.fromCsv(csv, new ValueEntries.Entry(DEFAULT, "docs", Instant.EPOCH))
                .orElseThrow().size());
    }
}
