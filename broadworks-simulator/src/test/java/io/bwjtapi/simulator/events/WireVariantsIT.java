package io.bwjtapi.simulator.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bwjtapi.simulator.CallRef;
import io.bwjtapi.simulator.ExtTrackingIdStyle;
import io.bwjtapi.simulator.SimulatorConfig;
import io.bwjtapi.simulator.TargetIdMode;
import io.bwjtapi.simulator.support.Monitor;
import io.bwjtapi.simulator.support.SimulatorIT;
import io.bwjtapi.simulator.support.XsiEvent;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The configurable variants real XSPs show on the wire. */
class WireVariantsIT {

    /** The first user's snapshot, HookStatus and CallOriginated after it dials the second user. */
    static List<XsiEvent> snapshotAndCallEvents(SimulatorIT test) {
        Monitor monitor = test.monitor("variants");
        String user = test.user(0);
        monitor.subscribe(user, "Basic Call");
        test.simulator().dial(user, test.user(1));
        monitor.await(user, "CallOriginatedEvent");
        return monitor.events(user);
    }

    @Nested
    class TargetIdAlways extends SimulatorIT {
        @Override
        protected SimulatorConfig.Builder configure(SimulatorConfig.Builder builder) {
            return builder.targetIdMode(TargetIdMode.ALWAYS);
        }

        @Test
        void everyEventNamesItsTarget() {
            for (XsiEvent e : snapshotAndCallEvents(this)) {
                assertEquals(user(0), e.targetId(), e.type());
            }
        }
    }

    @Nested
    class TargetIdNever extends SimulatorIT {
        @Override
        protected SimulatorConfig.Builder configure(SimulatorConfig.Builder builder) {
            return builder.targetIdMode(TargetIdMode.NEVER);
        }

        @Test
        void noEventNamesItsTarget() {
            for (XsiEvent e : snapshotAndCallEvents(this)) {
                assertNull(e.targetId(), e.type());
            }
        }
    }

    @Nested
    class UuidTrackingIds extends SimulatorIT {
        @Override
        protected SimulatorConfig.Builder configure(SimulatorConfig.Builder builder) {
            return builder.extTrackingIdStyle(ExtTrackingIdStyle.UUID);
        }

        @Test
        void callsCarryUuidExtTrackingIds() {
            Monitor monitor = monitor("uuid");
            monitor.subscribe(user(1), "Advanced Call");
            CallRef call = sim.dial(user(0), user(1));

            XsiEvent received = monitor.await(user(1), "CallReceivedEvent");

            assertTrue(call.extTrackingId().matches("[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}"), call.extTrackingId());
            assertEquals(call.extTrackingId(), received.call("extTrackingId"));
            assertEquals(List.of("CallSubscriptionEvent", "CallReceivedEvent"), monitor.types(user(1)));
        }
    }
}
