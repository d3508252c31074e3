package org.scorelink.xapi.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.scorelink.xapi.entity.XapiVersion;

class TimestampsTest {

    @Test
    void utcWithMilliseconds() {
        assertEquals(Optional.of(Instant.parse("2013-05-18T05:32:34.804Z")),
                Timestamps.parse("2013-05-18T05:32:34.804Z"));
    }

    @Test
    void offsetsAreConvertedToUtc() {
        assertEquals(Instant.parse("2024-03-01T09:15:30.123Z"), Timestamps.parse("2024-03-01T10:15:30.123+01:00").get());
        assertEquals(Instant.parse("2024-03-01T15:45:30Z"), Timestamps.parse("2024-03-01T10:15:30-05:30").get());
        assertEquals(Instant.parse("2024-03-01T09:15:30Z"), Timestamps.parse("2024-03-01T10:15:30+0100").get());
        assertEquals(Instant.parse("2024-03-01T09:15:30Z"), Timestamps.parse("2024-03-01T10:15:30+01").get());
    }

    @Test
    void iso8601BasicFormatAndReducedPrecision() {
        assertEquals(Instant.parse("2024-03-01T10:15:30Z"), Timestamps.parse("20240301T101530Z", XapiVersion.V1_0_3).get());
        assertEquals(Instant.parse("2024-03-01T04:45:00.500Z"),
                Timestamps.parse("20240301T101500,5+0530", XapiVersion.V1_0_3).get());
        assertEquals(Instant.parse("2024-03-01T10:15:00Z"), Timestamps.parse("2024-03-01T10:15Z", XapiVersion.V1_0_3).get());
    }

    @Test
    void fractionsBeyondNanosecondsAreTruncated() {
        assertEquals(Instant.parse("2024-03-01T10:15:30.123456789Z"),
                Timestamps.parse("2024-03-01T10:15:30.1234567891234Z").get());
    }

    @Test
    void leapSecondRollsOver() {
        assertEquals(Instant.parse("2017-01-01T00:00:00Z"), Timestamps.parse("2016-12-31T23:59:60Z").get());
    }

    @Test
    void rfc3339VariantsOnlyInTwoPointZero() {
        String space = "2008-09-15 15:53:00.601+00:00";
        assertEquals(Instant.parse("2008-09-15T15:53:00.601Z"), Timestamps.parse(space, XapiVersion.V2_0_0).get());
        assertTrue(Timestamps.parse(space, XapiVersion.V1_0_3).isEmpty());
        assertTrue(Timestamps.isValid("2008-09-15t15:53:00z", XapiVersion.V2_0_0));
        assertFalse(Timestamps.isValid("2008-09-15t15:53:00z", XapiVersion.V1_0_3));
        // the one-argument form is the lenient (2.0) one
        assertTrue(Timestamps.parse(space).isPresent());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "should fail", "01/011/2015", "2008-09-15", "2008-09-15T15:53:00.601",
        "2008-09-15T15:53:00.601-00", "2008-09-15T15:53:00.601-0000", "2008-09-15T15:53:00.601-00:00",
        "2008-13-15T15:53:00Z", "2024-02-30T10:00:00Z", "2023-02-29T10:00:00Z", "2024-02-01T24:00:00Z",
        "2024-02-01T10:60:00Z", "2024-02-01T10:00:61Z", "2024-02-01T10:00:00+19:00", "2024-02-01T10:00:00+01:60",
        "2024-02-01T10:00:00.Z", "2024-02-01T10:00:00Z ", " 2024-02-01T10:00:00Z", "24-02-01T10:00:00Z",
        "2024-02-01T1000:00Z", "2024-0201T10:00:00Z", "2024-02-01T10:00:00+01:", "2024-02-01T10:00:00GMT",
        "2024-02-01T10Z", "+2024-02-01T10:00:00Z"})
    void rejected(String value) {
        assertTrue(Timestamps.parse(value, XapiVersion.V1_0_3).isEmpty(), value);
        assertTrue(Timestamps.parse(value, XapiVersion.V2_0_0).isEmpty(), value);
    }

    @Test
    void nullIsEmpty() {
        assertTrue(Timestamps.parse(null).isEmpty());
    }

    @Test
    void leapYears() {
        assertTrue(Timestamps.parse("2024-02-29T00:00:00Z").isPresent());
        assertTrue(Timestamps.parse("2000-02-29T00:00:00Z").isPresent());
        assertTrue(Timestamps.parse("1900-02-29T00:00:00Z").isEmpty());
    }
}
