package io.bwjtapi.simulator.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bwjtapi.simulator.ExtTrackingIdStyle;
import io.bwjtapi.simulator.model.AsRole;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class IdGeneratorTest {
    private static final String UUID_PATTERN = "[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}";

    @Test
    void counterStyleNamesTheHostingServer() {
        IdGenerator ids = new IdGenerator(1, ExtTrackingIdStyle.COUNTER);
        assertTrue(ids.extTrackingId(AsRole.PRIMARY).matches("\\d+:1"));
        assertTrue(ids.extTrackingId(AsRole.SECONDARY).matches("\\d+:2"));
        assertTrue(ids.callId().matches("callhalf-\\d+:0"));
    }

    @Test
    void uuidStyleGivesVersion4Uuids() {
        IdGenerator ids = new IdGenerator(1, ExtTrackingIdStyle.UUID);
        String id = ids.extTrackingId(AsRole.PRIMARY);
        assertTrue(id.matches(UUID_PATTERN), id);
        assertEquals(4, UUID.fromString(id).version());
    }

    @Test
    void mixedStyleUsesBothForms() {
        IdGenerator ids = new IdGenerator(1, ExtTrackingIdStyle.MIXED);
        List<String> four = List.of(ids.extTrackingId(AsRole.PRIMARY), ids.extTrackingId(AsRole.PRIMARY),
                ids.extTrackingId(AsRole.PRIMARY), ids.extTrackingId(AsRole.PRIMARY));
        assertTrue(four.stream().anyMatch(i -> i.matches(UUID_PATTERN)), four.toString());
        assertTrue(four.stream().anyMatch(i -> i.matches("\\d+:1")), four.toString());
    }

    @Test
    void theSeedDeterminesEveryId() {
        assertEquals(draw(7), draw(7));
        assertNotEquals(draw(7), draw(8));
    }

    private static List<String> draw(long seed) {
        IdGenerator ids = new IdGenerator(seed, ExtTrackingIdStyle.UUID);
        List<String> drawn = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            drawn.add(ids.uuid());
            drawn.add(ids.extTrackingId(AsRole.PRIMARY));
        }
        return drawn;
    }
}
