package io.bwjtapi.csta.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.bwjtapi.csta.model.CallRef;
import io.bwjtapi.csta.model.ConnectionRef;
import io.bwjtapi.csta.model.DeviceId;
import io.bwjtapi.csta.model.LocalConnectionState;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Building events: one class per type, the roles each type needs, and the visitor. */
class CstaEventTest {
    private static final CallRef CALL = CallRef.of(7);
    private static final DeviceId A = DeviceId.of("a@t");

    private static CstaEvent.Builder event(CstaEventType type, DeviceRole... roles) {
        CstaEvent.Builder b = CstaEvent.builder(type, CALL, "x1")
                .subject(ConnectionRef.of(CALL, A), LocalConnectionState.CONNECTED).cause(EventCause.NORMAL)
                .monitor(A, LocalConnectionState.CONNECTED);
        for (DeviceRole role : roles) {
            b.device(role, A);
        }
        return b;
    }

    @Test
    void everyTypeBuildsItsOwnClassAndTheVisitorReachesIt() {
        Set<CstaEventType> visited = EnumSet.noneOf(CstaEventType.class);
        for (CstaEventType type : CstaEventType.values()) {
            CstaEvent e = event(type, DeviceRole.values()).build();
            assertEquals(type, e.type());
            assertEquals(type.wireName().replace("Transfered", "Transferred"), e.getClass().getSimpleName());
            visited.add(e.accept(new TypeOf()));
        }
        assertEquals(EnumSet.allOf(CstaEventType.class), visited);
    }

    @Test
    void aTypeRefusesToBeBuiltWithoutTheDeviceItNames() {
        assertThrows(IllegalArgumentException.class, () -> event(CstaEventType.DELIVERED).build());
        assertThrows(IllegalArgumentException.class, () -> event(CstaEventType.TRANSFERRED).build());
        assertThrows(NullPointerException.class, () -> CstaEvent.builder(CstaEventType.HELD, CALL, "x1")
                .device(DeviceRole.HOLDING, A).monitor(A, LocalConnectionState.HOLD).build());
    }

    @Test
    void callClearedHasNoSubjectAndEcmaCausesHaveTheirWireNames() {
        CstaEvent cleared = event(CstaEventType.CALL_CLEARED).build();
        assertNull(cleared.subject());
        assertEquals("switchingFunctionTerminated", EventCause.SWITCHING_FUNCTION_TERMINATED.wireName());
        assertEquals(false, EventCause.SNAPSHOT.isEcma());
        assertEquals("TransferedEvent", CstaEventType.TRANSFERRED.wireName());
    }

    private static final class TypeOf implements CstaEventVisitor<CstaEventType> {
        @Override
        public CstaEventType visit(ServiceInitiatedEvent e) {
            return CstaEventType.SERVICE_INITIATED;
        }

        @Override
        public CstaEventType visit(OriginatedEvent e) {
            return CstaEventType.ORIGINATED;
        }

        @Override
        public CstaEventType visit(DeliveredEvent e) {
            return CstaEventType.DELIVERED;
        }

        @Override
        public CstaEventType visit(EstablishedEvent e) {
            return CstaEventType.ESTABLISHED;
        }

        @Override
        public CstaEventType visit(HeldEvent e) {
            return CstaEventType.HELD;
        }

        @Override
        public CstaEventType visit(RetrievedEvent e) {
            return CstaEventType.RETRIEVED;
        }

        @Override
        public CstaEventType visit(ConnectionClearedEvent e) {
            return CstaEventType.CONNECTION_CLEARED;
        }

        @Override
        public CstaEventType visit(CallClearedEvent e) {
            return CstaEventType.CALL_CLEARED;
        }

        @Override
        public CstaEventType visit(DivertedEvent e) {
            return CstaEventType.DIVERTED;
        }

        @Override
        public CstaEventType visit(TransferredEvent e) {
            return CstaEventType.TRANSFERRED;
        }

        @Override
        public CstaEventType visit(ConferencedEvent e) {
            return CstaEventType.CONFERENCED;
        }

        @Override
        public CstaEventType visit(FailedEvent e) {
            return CstaEventType.FAILED;
        }

        @Override
        public CstaEventType visit(NetworkReachedEvent e) {
            return CstaEventType.NETWORK_REACHED;
        }
    }
}
