package io.bwjtapi.fake;

import io.bwjtapi.ext.BwAddrInServiceEv;
import io.bwjtapi.ext.BwAddrOutOfServiceEv;
import io.bwjtapi.ext.BwAddressEvent;
import io.bwjtapi.ext.BwTermInServiceEv;
import io.bwjtapi.ext.BwTermOutOfServiceEv;
import io.bwjtapi.ext.BwTerminalEvent;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.telephony.AddressEvent;
import javax.telephony.CallEvent;
import javax.telephony.ConnectionEvent;
import javax.telephony.MultiCallMetaEvent;
import javax.telephony.ProviderEvent;
import javax.telephony.SingleCallMetaEvent;
import javax.telephony.TerminalConnectionEvent;
import javax.telephony.TerminalEvent;
import javax.telephony.callcontrol.CallControlConnectionEvent;
import javax.telephony.callcontrol.CallControlTerminalConnectionEvent;

/** Names of event IDs: observer events by their interface, listener events by their ID constant. */
final class EventNames {
    private static final Map<Integer, String> OBSERVER = new HashMap<>();
    private static final Map<Integer, String> LISTENER = new HashMap<>();

    static {
        for (String name : List.of("CallActiveEv", "CallInvalidEv", "CallObservationEndedEv", "ConnCreatedEv",
                "ConnInProgressEv", "ConnAlertingEv", "ConnConnectedEv", "ConnDisconnectedEv", "ConnFailedEv",
                "ConnUnknownEv", "TermConnCreatedEv", "TermConnRingingEv", "TermConnActiveEv", "TermConnPassiveEv",
                "TermConnDroppedEv", "TermConnUnknownEv", "ProvInServiceEv", "ProvOutOfServiceEv", "ProvShutdownEv",
                "ProvObservationEndedEv", "AddrObservationEndedEv", "TermObservationEndedEv")) {
            observer("javax.telephony.events." + name);
        }
        for (String name : List.of("CallCtlConnOfferedEv", "CallCtlConnQueuedEv", "CallCtlConnAlertingEv",
                "CallCtlConnInitiatedEv", "CallCtlConnDialingEv", "CallCtlConnNetworkReachedEv",
                "CallCtlConnNetworkAlertingEv", "CallCtlConnEstablishedEv", "CallCtlConnDisconnectedEv",
                "CallCtlConnFailedEv", "CallCtlConnUnknownEv", "CallCtlTermConnRingingEv", "CallCtlTermConnTalkingEv",
                "CallCtlTermConnHeldEv", "CallCtlTermConnBridgedEv", "CallCtlTermConnInUseEv",
                "CallCtlTermConnDroppedEv", "CallCtlTermConnUnknownEv")) {
            observer("javax.telephony.callcontrol.events." + name);
        }
        for (Class<?> ext : List.of(BwAddrInServiceEv.class, BwAddrOutOfServiceEv.class, BwTermInServiceEv.class,
                BwTermOutOfServiceEv.class)) {
            observer(ext.getName());
        }
        for (Class<?> type : List.of(CallEvent.class, ConnectionEvent.class, TerminalConnectionEvent.class,
                CallControlConnectionEvent.class, CallControlTerminalConnectionEvent.class, SingleCallMetaEvent.class,
                MultiCallMetaEvent.class, ProviderEvent.class, AddressEvent.class, TerminalEvent.class,
                BwAddressEvent.class, BwTerminalEvent.class)) {
            for (Field field : type.getDeclaredFields()) {
                if (Modifier.isStatic(field.getModifiers()) && field.getType() == int.class
                        && !field.getName().startsWith("CAUSE")) {
                    try {
                        LISTENER.put(field.getInt(null), field.getName());
                    } catch (IllegalAccessException e) {
                        throw new IllegalStateException(e);
                    }
                }
            }
        }
    }

    private EventNames() {
    }

    private static void observer(String className) {
        try {
            Class<?> type = Class.forName(className);
            OBSERVER.put(type.getField("ID").getInt(null), type.getSimpleName());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(className, e);
        }
    }

    static String observer(int id) {
        return OBSERVER.getOrDefault(id, "Ev#" + id);
    }

    static String listener(int id) {
        return LISTENER.getOrDefault(id, "Event#" + id);
    }
}
