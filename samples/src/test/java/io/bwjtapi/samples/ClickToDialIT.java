package io.bwjtapi.samples;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bwjtapi.samples.clicktodial.ClickToDial;
import io.bwjtapi.simulator.model.CallState;
import javax.telephony.InvalidPartyException;
import javax.telephony.InvalidArgumentException;
import org.junit.jupiter.api.Test;

/** Click-to-dial rings the caller's phone, dials the destination and reports until it rings. */
class ClickToDialIT {
    @Test
    void callsTheDestinationFromTheUsersPhone() throws Exception {
        try (SimulatedSwitch sw = new SimulatedSwitch(1)) {
            assertTrue(new ClickToDial(sw.provider, sw.out).dial(sw.ext(0), sw.ext(1)));
            sw.awaitConsole("Calling 1002 from 1001 (" + sw.userId(0) + ")");
            sw.awaitConsole("1002 is ringing");
            sw.awaitTruth(1, "is alerting", halves -> halves.size() == 1
                    && halves.get(0).state() == CallState.ALERTING);
            sw.awaitTruth(0, "is in the call", halves -> halves.size() == 1);
        }
    }

    @Test
    void rejectsAnUnknownCaller() throws Exception {
        try (SimulatedSwitch sw = new SimulatedSwitch(1)) {
            Exception refused = assertThrows(Exception.class,
                    () -> new ClickToDial(sw.provider, sw.out).dial("no-such-user", sw.ext(1)));
            assertTrue(refused instanceof InvalidArgumentException || refused instanceof InvalidPartyException,
                    refused.toString());
            assertFalse(sw.console().contains("is ringing"));
        }
    }
}
