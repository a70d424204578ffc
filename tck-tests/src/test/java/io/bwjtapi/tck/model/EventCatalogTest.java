package io.bwjtapi.tck.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bwjtapi.tck.model.EventKind.Model;
import io.bwjtapi.tck.testing.ApiClasses;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.List;
import java.util.Set;
import javax.telephony.AddressEvent;
import javax.telephony.CallEvent;
import javax.telephony.ConnectionEvent;
import javax.telephony.MultiCallMetaEvent;
import javax.telephony.ProviderEvent;
import javax.telephony.SingleCallMetaEvent;
import javax.telephony.TerminalConnectionEvent;
import javax.telephony.TerminalEvent;
import javax.telephony.callcontrol.CallControlAddressEvent;
import javax.telephony.callcontrol.CallControlConnectionEvent;
import javax.telephony.callcontrol.CallControlTerminalConnectionEvent;
import javax.telephony.callcontrol.CallControlTerminalEvent;
import javax.telephony.callcontrol.CallControlConnection;
import javax.telephony.callcontrol.CallControlTerminalConnection;
import javax.telephony.Call;
import org.junit.jupiter.api.Test;

/** The catalog agrees with the API's own constants, so no event of either model is misread. */
class EventCatalogTest {
    @Test
    void everyObserverEventInterfaceIsCataloguedUnderItsId() throws Exception {
        int checked = 0;
        for (String pkg : List.of("javax.telephony.events", "javax.telephony.callcontrol.events")) {
            for (Class<?> type : ApiClasses.inPackage(pkg)) {
                Integer id = declaredId(type);
                if (id != null) {
                    assertEquals(type.getSimpleName(), EventCatalog.kind(Model.OBSERVER, id).name(), type.getName());
                    checked++;
                }
            }
        }
        assertEquals(44, checked, "observer event interfaces with an ID");
    }

    @Test
    void everyListenerEventIdIsCataloguedUnderItsConstantName() throws Exception {
        int checked = 0;
        for (Class<?> type : List.of(CallEvent.class, ConnectionEvent.class, TerminalConnectionEvent.class,
                ProviderEvent.class, AddressEvent.class, TerminalEvent.class, SingleCallMetaEvent.class,
                MultiCallMetaEvent.class, CallControlConnectionEvent.class, CallControlTerminalConnectionEvent.class,
                CallControlAddressEvent.class, CallControlTerminalEvent.class)) {
            for (Field f : type.getDeclaredFields()) {
                boolean constant = f.getType() == int.class && Modifier.isStatic(f.getModifiers());
                if (constant && !f.getName().startsWith("CAUSE_")) {
                    assertEquals(f.getName(), EventCatalog.kind(Model.LISTENER, f.getInt(null)).name(), type + "." + f);
                    checked++;
                }
            }
        }
        assertTrue(checked >= 50, "listener IDs checked: " + checked);
    }

    @Test
    void everyStateButTheSilentInitialOnesHasAnEventInBothModels() {
        Set<String> silent = Set.of("CALL IDLE", "CALL_CONTROL_CONNECTION IDLE",
                "CALL_CONTROL_TERMINAL_CONNECTION IDLE");
        for (StateMachine machine : StateMachine.values()) {
            for (int state : machine.table().states()) {
                String name = machine + " " + machine.table().nameOf(state);
                for (Model model : Model.values()) {
                    boolean found = EventCatalog.all().stream().anyMatch(k -> k.model() == model
                            && k.machine() == machine && k.state() == state);
                    assertEquals(!silent.contains(name), found, model + " " + name);
                }
            }
        }
    }

    @Test
    void stateEventsKnowTheirMachineAndStateAndOthersKnowWhatTheyEnd() {
        EventKind held = EventCatalog.stateEvent(Model.OBSERVER, StateMachine.CALL_CONTROL_TERMINAL_CONNECTION,
                CallControlTerminalConnection.HELD);
        assertEquals("CallCtlTermConnHeldEv", held.name());
        assertTrue(held.isCallControl());
        EventKind queued = EventCatalog.stateEvent(Model.LISTENER, StateMachine.CALL_CONTROL_CONNECTION,
                CallControlConnection.QUEUED);
        assertEquals("CALLCTL_CONNECTION_QUEUED", queued.name());
        assertTrue(EventCatalog.kind(Model.OBSERVER, 103).endsCallObservation());
        assertTrue(EventCatalog.kind(Model.LISTENER, CallEvent.CALL_EVENT_TRANSMISSION_ENDED).endsCallObservation());
        assertFalse(EventCatalog.stateEvent(Model.LISTENER, StateMachine.CALL, Call.INVALID).endsCallObservation());
        assertEquals(EventKind.Subject.OTHER, EventCatalog.kind(Model.OBSERVER, 0x42570001).subject());
    }

    private static Integer declaredId(Class<?> type) throws IllegalAccessException {
        for (Field f : type.getDeclaredFields()) {
            if (f.getName().equals("ID")) {
                return f.getInt(null);
            }
        }
        return null;
    }
}
