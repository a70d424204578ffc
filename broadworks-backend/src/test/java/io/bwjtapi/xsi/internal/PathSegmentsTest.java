package io.bwjtapi.xsi.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class PathSegmentsTest {

    @Test
    void userIdsKeepTheirAtSignAndOtherCharactersAreEscaped() {
        assertEquals("user1001@sim.example", PathSegments.segment("user1001@sim.example"));
        assertEquals("callhalf-12215:0", PathSegments.segment("callhalf-12215:0"));
        assertEquals("a%20b%3Fc%23d%C3%A9", PathSegments.segment("a b?c#d\u00e9"));
        assertThrows(IllegalArgumentException.class, () -> PathSegments.segment("a/b"));
    }

    @Test
    void queryValuesEscapePlusAndSpaceButKeepDtmfPauses() {
        assertEquals("%2B15550101001", PathSegments.query("+15550101001"));
        assertEquals("12%23,*", PathSegments.query("12#,*"));
        assertEquals("sip:alice@example.com", PathSegments.query("sip:alice@example.com"));
        assertEquals("a%26b%3Dc%20d", PathSegments.query("a&b=c d"));
    }
}
