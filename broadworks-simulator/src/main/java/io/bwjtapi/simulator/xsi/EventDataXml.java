package io.bwjtapi.simulator.xsi;

import io.bwjtapi.simulator.engine.SwitchEvent;
import io.bwjtapi.simulator.engine.SwitchEvent.AgentChanged;
import io.bwjtapi.simulator.engine.SwitchEvent.CallChanged;
import io.bwjtapi.simulator.engine.SwitchEvent.CallsRedirected;
import io.bwjtapi.simulator.engine.SwitchEvent.ConferenceChanged;
import io.bwjtapi.simulator.engine.SwitchEvent.HookChanged;
import io.bwjtapi.simulator.model.CallSnapshot;
import io.bwjtapi.simulator.model.ConferenceSnapshot;
import io.bwjtapi.simulator.model.HookStatus;
import java.util.List;

/**
 * Writes the {@code xsi:eventData} element of subscription events. The fragment is written once per change
 * and shared by every subscription that reports it; only the envelope differs.
 */
public final class EventDataXml {
    public static final String CALL_SUBSCRIPTION = "CallSubscriptionEvent";
    public static final String CALL_SUBSCRIPTION_RESYNC = "CallSubscriptionResyncEvent";
    public static final String SUBSCRIPTION_TERMINATED = "SubscriptionTerminatedEvent";

    private EventDataXml() {
    }

    /** Returns the XSD type name of the event data a switch event becomes. */
    public static String typeOf(SwitchEvent event) {
        if (event instanceof CallChanged c) {
            return c.type().xsdType();
        } else if (event instanceof CallsRedirected) {
            return "CallRedirectedEvent";
        } else if (event instanceof HookChanged) {
            return "HookStatusEvent";
        } else if (event instanceof ConferenceChanged c) {
            return c.type().xsdType();
        } else {
            return "AgentStateEvent";
        }
    }

    /** Writes the eventData of a switch event. */
    public static String of(SwitchEvent event) {
        XmlWriter w = XmlWriter.eventStyle().openTyped("eventData", typeOf(event));
        if (event instanceof CallChanged c) {
            CallXml.call(w, "call", c.call());
        } else if (event instanceof CallsRedirected r) {
            calls(w, r.calls());
        } else if (event instanceof HookChanged h) {
            w.leaf("hookStatus", h.status().wire());
        } else if (event instanceof ConferenceChanged c) {
            CallXml.conference(w, "conference", c.conference());
        } else if (event instanceof AgentChanged a) {
            agentState(w, "agentStateInfo", a);
        }
        return w.close("eventData").toString();
    }

    /** Writes a CallSubscriptionEvent or CallSubscriptionResyncEvent: calls only when there are any. */
    public static String callSnapshot(String type, List<CallSnapshot> calls, ConferenceSnapshot conference,
            HookStatus hook) {
        XmlWriter w = XmlWriter.eventStyle().openTyped("eventData", type);
        if (!calls.isEmpty()) {
            calls(w, calls);
        }
        if (conference != null) {
            CallXml.conference(w, "conference", conference);
        }
        return w.leaf("hookStatus", hook.wire()).close("eventData").toString();
    }

    /** Writes an AgentSubscriptionEvent: the call centers the agent belongs to and its ACD state. */
    public static String agentSnapshot(String callCenterId, AgentChanged state) {
        XmlWriter w = XmlWriter.eventStyle().openTyped("eventData", "AgentSubscriptionEvent");
        w.open("joinData").open("joinInfos").open("joinInfo").leaf("acdUserId", callCenterId).empty("joined")
                .close("joinInfo").close("joinInfos").close("joinData");
        agentState(w, "stateInfo", state);
        return w.close("eventData").toString();
    }

    /** Writes the empty eventData of a SubscriptionTerminatedEvent. */
    public static String subscriptionTerminated() {
        return XmlWriter.eventStyle().emptyTyped("eventData", SUBSCRIPTION_TERMINATED).toString();
    }

    private static void calls(XmlWriter w, List<CallSnapshot> calls) {
        w.open("calls");
        calls.forEach(c -> CallXml.call(w, "call", c));
        w.close("calls");
    }

    private static void agentState(XmlWriter w, String element, AgentChanged a) {
        w.open(element).leaf("state", a.state().wire()).open("stateTimestamp").leaf("value", a.stateTimestamp())
                .close("stateTimestamp").leaf("unavailableCode", a.unavailableCode())
                .leaf("signInTimestamp", a.signInTimestamp()).close(element);
    }
}
