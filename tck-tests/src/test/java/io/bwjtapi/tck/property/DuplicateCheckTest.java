package io.bwjtapi.tck.property;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bwjtapi.tck.testing.Recording;
import java.util.List;
import javax.telephony.Call;
import javax.telephony.Connection;
import org.junit.jupiter.api.Test;

class DuplicateCheckTest {
    @Test
    void theSameStateReportedTwiceIsADuplicate() {
        Recording r = Recording.observer().batch().call("call#1", Call.ACTIVE)
                .conn("call#1", "conn#1", "1001", Connection.ALERTING)
                .conn("call#1", "conn#1", "1001", Connection.ALERTING);
        List<Violation> v = DuplicateCheck.check(r.events());
        assertEquals(1, v.size());
        assertTrue(v.get(0).message().contains("#3"), v.toString());
    }

    @Test
    void theSameEventObjectDeliveredAgainIsADuplicate() {
        Recording r = Recording.listener().call("call#1", Call.ACTIVE).again();
        assertEquals(2, DuplicateCheck.check(r.events()).size(), "same object and same state");
    }

    @Test
    void aSnapshotMayRestateThePresent() {
        Recording r = Recording.observer().batch().call("call#1", Call.ACTIVE)
                .conn("call#1", "conn#1", "1001", Connection.CONNECTED)
                .batch().snapshot().call("call#1", Call.ACTIVE).conn("call#1", "conn#1", "1001", Connection.CONNECTED);
        assertEquals(List.of(), DuplicateCheck.check(r.events()));
    }
}
