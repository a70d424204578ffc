package io.bwjtapi.tck.property;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bwjtapi.tck.testing.Recording;
import java.util.List;
import javax.telephony.Call;
import javax.telephony.Connection;
import org.junit.jupiter.api.Test;

class DeliveryStateCheckTest {
    @Test
    void anObjectAheadOfItsEventIsFineWhenALaterEventExplainsIt() {
        Recording r = Recording.observer().batch()
                .conn("call#1", "conn#1", "1001", Connection.ALERTING).deliveredIn(Connection.CONNECTED)
                .conn("call#1", "conn#1", "1001", Connection.CONNECTED);
        assertEquals(List.of(), DeliveryStateCheck.check(r.events()));
    }

    @Test
    void anObjectInAStateNoEventReportsIsAViolation() {
        Recording r = Recording.observer().batch()
                .conn("call#1", "conn#1", "1001", Connection.ALERTING).deliveredIn(Connection.FAILED)
                .conn("call#1", "conn#1", "1001", Connection.CONNECTED);
        List<Violation> v = DeliveryStateCheck.check(r.events());
        assertEquals(1, v.size());
        assertTrue(v.get(0).message().contains("reports ALERTING but conn#1 was FAILED"), v.toString());
    }

    @Test
    void anObjectBehindItsEventIsAViolation() {
        Recording r = Recording.listener().call("call#1", Call.INVALID).deliveredIn(Call.ACTIVE);
        assertEquals(1, DeliveryStateCheck.check(r.events()).size());
    }

    @Test
    void afterTheObservationEndsTheObjectMayHaveMovedOnSilently() {
        Recording r = Recording.observer().batch()
                .conn("call#1", "conn#1", "1001", Connection.ALERTING).deliveredIn(Connection.CONNECTED)
                .ended("call#1");
        assertEquals(List.of(), DeliveryStateCheck.check(r.events()));
        Recording backwards = Recording.observer().batch()
                .conn("call#1", "conn#1", "1001", Connection.CONNECTED).deliveredIn(Connection.ALERTING)
                .ended("call#1");
        assertEquals(1, DeliveryStateCheck.check(backwards.events()).size());
    }
}
