package io.bwjtapi.tck.property;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bwjtapi.tck.testing.Recording;
import java.util.List;
import javax.telephony.Call;
import javax.telephony.Connection;
import org.junit.jupiter.api.Test;

class StoryCheckTest {
    @Test
    void theSameStoryInBothModelsPasses() {
        assertEquals(List.of(), StoryCheck.check(story(Recording.observer().batch()).events(),
                story(Recording.listener()).events()));
    }

    @Test
    void aStateOnlyOneModelSawIsReported() {
        Recording listener = story(Recording.listener()).conn("call#1", "conn#1", "1001", Connection.DISCONNECTED);
        List<Violation> v = StoryCheck.check(story(Recording.observer().batch()).events(), listener.events());
        assertEquals(1, v.size());
        assertTrue(v.get(0).message().startsWith("conn#1 CONNECTION"), v.toString());
    }

    private static Recording story(Recording r) {
        return r.call("call#1", Call.ACTIVE).conn("call#1", "conn#1", "1001", Connection.ALERTING)
                .conn("call#1", "conn#1", "1001", Connection.CONNECTED).ended("call#1");
    }
}
