package org.scorelink.xapi.control;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.scorelink.xapi.entity.XapiVersion;

/** Focused cases: version differences, message format, validateActor and the helper classes. */
class StatementValidatorTest {

    private final StatementValidator validator = new StatementValidator();

    static JsonObject json(String s) {
        return Json.createReader(new StringReader(s.replace('\'', '"'))).readObject();
    }

    static final String MINIMAL = "{'actor':{'mbox':'mailto:a@example.com'},"
            + "'verb':{'id':'http://adlnet.gov/expapi/verbs/experienced'},"
            + "'object':{'id':'https://example.com/a'}%s}";

    static JsonObject minimal(String extra) {
        return json(String.format(MINIMAL, extra));
    }

    private String reject(JsonObject statement, XapiVersion version, String path) {
        return assertThrows(XapiException.class, () -> validator.validate(statement, version, path)).getMessage();
    }

    @Test
    void messageNamesTheFullPathFromThePrefixAndCitesTheSection() {
        JsonObject s = minimal(",'context':{'contextActivities':{'parent':[{'id':'https://example.com/p'},{'id':'p1'}]}}");
        assertEquals("statements[3].context.contextActivities.parent[1].id: must be an absolute IRI (Data 2.4.4.1)",
                reject(s, XapiVersion.V1_0_3, "statements[3]"));
    }

    @Test
    void emptyPrefixGivesARelativePath() {
        assertTrue(reject(minimal(",'version':'0.95'"), XapiVersion.V1_0_3, "").startsWith("version: "));
    }

    @Test
    void statusIsBadRequest() {
        XapiException e = assertThrows(XapiException.class,
                () -> validator.validate(minimal(",'foo':1"), XapiVersion.V2_0_0, "statement"));
        assertEquals(XapiException.Kind.BAD_REQUEST, e.kind());
        assertEquals(400, e.kind().status());
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.0", "1.0.0", "1.0.3", "1.0.9", "1.0.10"})
    void versionOneZeroAcceptedByBoth(String version) {
        JsonObject s = minimal(",'version':'" + version + "'");
        assertDoesNotThrow(() -> validator.validate(s, XapiVersion.V1_0_3, "statement"));
        assertDoesNotThrow(() -> validator.validate(s, XapiVersion.V2_0_0, "statement"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2.0", "2.0.0", "2.0.1"})
    void versionTwoZeroOnlyIn2(String version) {
        JsonObject s = minimal(",'version':'" + version + "'");
        assertDoesNotThrow(() -> validator.validate(s, XapiVersion.V2_0_0, "statement"));
        assertEquals("statement.version: must be 1.0 or 1.0.x (Data 2.4.10.s3.b2)",
                reject(s, XapiVersion.V1_0_3, "statement"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2.1.0", "1.1", "1.0.01", "v1.0.0", "1.0.0-beta", "2"})
    void otherVersionsRejectedByBoth(String version) {
        JsonObject s = minimal(",'version':'" + version + "'");
        reject(s, XapiVersion.V1_0_3, "statement");
        reject(s, XapiVersion.V2_0_0, "statement");
    }

    @Test
    void contextAgentsAndGroupsAreTwoPointZeroOnly() {
        JsonObject s = minimal(",'context':{'contextAgents':[{'objectType':'contextAgent','agent':{'mbox':'mailto:c@example.com'},"
                + "'relevantTypes':['https://example.com/roles/coach']}],'contextGroups':[{'objectType':'contextGroup',"
                + "'group':{'objectType':'Group','member':[{'mbox':'mailto:d@example.com'}]}}]}");
        assertDoesNotThrow(() -> validator.validate(s, XapiVersion.V2_0_0, "statement"));
        assertTrue(reject(s, XapiVersion.V1_0_3, "statement").startsWith("statement.context.contextAgents: "));
    }

    @Test
    void rfc3339SpaceSeparatorOnlyInTwoPointZero() {
        JsonObject s = minimal(",'timestamp':'2008-09-15 15:53:00.601+00:00'");
        assertDoesNotThrow(() -> validator.validate(s, XapiVersion.V2_0_0, "statement"));
        assertTrue(reject(s, XapiVersion.V1_0_3, "statement").startsWith("statement.timestamp: "));
    }

    @Test
    void nullInsideExtensionsIsAllowed() {
        JsonObject s = minimal(",'result':{'extensions':{'http://example.com/x':null}}");
        assertDoesNotThrow(() -> validator.validate(s, XapiVersion.V1_0_3, "statement"));
    }

    @Test
    void languageMapKeysAreQuotedInThePath() {
        JsonObject s = json("{'actor':{'mbox':'mailto:a@example.com'},'verb':{'id':'http://example.com/v',"
                + "'display':{'en-US':'x','en_GB':'y'}},'object':{'id':'https://example.com/a'}}");
        assertEquals("statement.verb.display[\"en_GB\"]: is not an RFC 5646 language tag (Data 4.2)",
                reject(s, XapiVersion.V1_0_3, "statement"));
    }

    @Test
    void validateActorForTheAgentParameter() {
        assertDoesNotThrow(() -> validator.validateActor(json("{'mbox':'mailto:a@example.com'}"), XapiVersion.V1_0_3, "agent"));
        assertDoesNotThrow(() -> validator.validateActor(json("{'objectType':'Group','account':{'homePage':'https://e.com','name':'g'}}"),
                XapiVersion.V2_0_0, "agent"));
        XapiException e = assertThrows(XapiException.class,
                () -> validator.validateActor(json("{'objectType':'Agent','mbox':'a@example.com'}"), XapiVersion.V1_0_3, "agent"));
        assertTrue(e.getMessage().startsWith("agent.mbox: "), e.getMessage());
        e = assertThrows(XapiException.class,
                () -> validator.validateActor(json("{'name':'x'}"), XapiVersion.V1_0_3, "agent"));
        assertTrue(e.getMessage().startsWith("agent: "), e.getMessage());
    }

    @Test
    void nullStatementIsRejected() {
        XapiException e = assertThrows(XapiException.class, () -> validator.validate(null, XapiVersion.V1_0_3, "statement"));
        assertTrue(e.getMessage().startsWith("statement: "));
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "en-US", "zh-Hant-TW", "sr-Latn-RS", "de-CH-1996", "es-419", "zh-yue-HK", "x-whatever",
        "i-klingon", "en-GB-oed", "sgn-BE-FR", "de-DE-u-co-phonebk", "en-US-x-twain", "und", "tlh", "EN-us",
        "sl-rozaj-biske", "hy-Latn-IT-arevela", "en-a-bbb-x-a-ccc"})
    void wellFormedLanguageTags(String tag) {
        assertTrue(LanguageTags.isWellFormed(tag), tag);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "a12345", "en_US", "en-", "-en", "de-419-DE", "en-a", "en-x", "x", "e", "en--US",
        "zh-Hant-Hans", "en-US-US", "abcdefghi", "en US", "ça"})
    void malformedLanguageTags(String tag) {
        assertFalse(LanguageTags.isWellFormed(tag), tag);
    }

    @ParameterizedTest
    @ValueSource(strings = {"PT4H35M59.14S", "PT16559.14S", "P3Y1M29DT4H35M59.14S", "P3Y", "P4W", "PT1H0M0.1S", "P0D",
        "PT0,5S", "P1Y2M", "P0.5Y", "PT36H"})
    void validDurations(String d) {
        assertTrue(Durations.isValid(d), d);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "P", "PT", "P4W1D", "P1W2W", "PA1H0M0S", "P1H", "P1DT", "PT1.5H30M", "-PT1M", "pt1m", "PT1S1M",
        "P1M1Y", "P0003-01-29T04:35:59", "P16559.14S", "PT1..5S", "PT.5S", "PT1.S", "P1Y1Y", "PT1H ", "1Y"})
    void invalidDurations(String d) {
        assertFalse(Durations.isValid(d), d);
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://example.com", "https://example.com/a?b=c#d", "urn:uuid:6f1c2d3e-4b5a-4c6d-8e7f-9a0b1c2d3e4f",
        "tag:example.com,2024:x", "http://example.com/f%C3%BCr", "https://example.com/für/ünï", "mailto:a@example.com",
        "http://[::1]:8080/x", "file:///tmp/x"})
    void absoluteIris(String iri) {
        assertTrue(Iris.isAbsoluteIri(iri), iri);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "example.com", "/a/b", "http:", "http://", "https:///x", "http://exa mple.com",
        "http://example.com/%zz", "http://example.com/%4", "http://example.com/a#b#c", "<http://example.com>",
        "1abc:x", "ht tp://example.com", ":x", "http://example.com/\u0000", "http://example.com/\u00a0x"})
    void notAbsoluteIris(String iri) {
        assertFalse(Iris.isAbsoluteIri(iri), iri);
    }

    @ParameterizedTest
    @ValueSource(strings = {"mailto:a@example.com", "mailto:first.last+tag@sub.example.co.uk"})
    void mailtoIris(String mbox) {
        assertTrue(Iris.isMailtoIri(mbox), mbox);
    }

    @ParameterizedTest
    @ValueSource(strings = {"a@example.com", "mailto:", "mailto:a", "mailto:@example.com", "mailto:a@", "mailto:a@b@c",
        "MAILTO:a@example.com", "mailto:a@example.com?subject=x"})
    void notMailtoIris(String mbox) {
        assertFalse(Iris.isMailtoIri(mbox), mbox);
    }

    /**
     * Data 2.2.s2.b2 (each property at most once) cannot be checked on a parsed JsonObject: the
     * request parser must be configured to reject duplicate keys, as shown here.
     */
    @Test
    void duplicateKeysAreRejectedByAParserWithKeyStrategyNone() {
        jakarta.json.JsonReaderFactory strict = Json.createReaderFactory(
                java.util.Map.of(jakarta.json.JsonConfig.KEY_STRATEGY, jakarta.json.JsonConfig.KeyStrategy.NONE));
        String twice = "{\"actor\":{\"mbox\":\"mailto:a@example.com\",\"mbox\":\"mailto:b@example.com\"}}";
        assertThrows(jakarta.json.JsonException.class,
                () -> strict.createReader(new StringReader(twice)).readObject());
    }

    @Test
    void uuids() {
        assertTrue(Uuids.isUuid("fd41c918-b88b-4b20-a0a5-a4c32391aaa0"));
        assertTrue(Uuids.isUuid("FD41C918-B88B-4B20-A0A5-A4C32391AAA0"));
        assertFalse(Uuids.isUuid("fd41c918b88b4b20a0a5a4c32391aaa0"));
        assertFalse(Uuids.isUuid("fd41c918-b88b-4b20-a0a5-a4c32391aaag"));
        assertFalse(Uuids.isUuid("fd41c918-b88b-4b20-a0a5_a4c32391aaa0"));
    }
}
