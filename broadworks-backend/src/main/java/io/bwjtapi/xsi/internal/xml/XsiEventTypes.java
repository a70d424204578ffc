package io.bwjtapi.xsi.internal.xml;

import io.bwjtapi.xsi.event.AgentDispositionCodeAddedEvent;
import io.bwjtapi.xsi.event.AgentStateEvent;
import io.bwjtapi.xsi.event.AgentSubscriptionEvent;
import io.bwjtapi.xsi.event.CallEvent;
import io.bwjtapi.xsi.event.CallRedirectedEvent;
import io.bwjtapi.xsi.event.CallSubscriptionEvent;
import io.bwjtapi.xsi.event.ConferenceEvent;
import io.bwjtapi.xsi.event.EventData;
import io.bwjtapi.xsi.event.EventDataType;
import io.bwjtapi.xsi.event.HookStatusEvent;
import io.bwjtapi.xsi.event.SubscriptionTerminatedEvent;
import io.bwjtapi.xsi.model.AgentJoinInfo;
import io.bwjtapi.xsi.model.AgentStateInfo;
import io.bwjtapi.xsi.model.Call;
import io.bwjtapi.xsi.model.Conference;
import io.bwjtapi.xsi.model.HookStatus;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamException;

/**
 * The one registry of decodable {@code eventData} types: wire type name to reader. Types are registered
 * explicitly from {@link EventDataType}; each reader follows the type's {@link EventDataType.Shape}.
 */
final class XsiEventTypes {

    /** Reads the body of one {@code eventData} element, the cursor on its start tag. */
    interface EventDataReader {
        EventData read(XmlCursor c, EventDataType type) throws XMLStreamException;
    }

    private static final Map<EventDataType.Shape, EventDataReader> BY_SHAPE = new EnumMap<>(EventDataType.Shape.class);

    static {
        BY_SHAPE.put(EventDataType.Shape.CALL, XsiEventTypes::callEvent);
        BY_SHAPE.put(EventDataType.Shape.CALL_LIST, XsiEventTypes::callRedirected);
        BY_SHAPE.put(EventDataType.Shape.CALL_SNAPSHOT, XsiEventTypes::callSnapshot);
        BY_SHAPE.put(EventDataType.Shape.HOOK_STATUS, XsiEventTypes::hookStatus);
        BY_SHAPE.put(EventDataType.Shape.CONFERENCE, XsiEventTypes::conferenceEvent);
        BY_SHAPE.put(EventDataType.Shape.SUBSCRIPTION_TERMINATED, XsiEventTypes::subscriptionTerminated);
        BY_SHAPE.put(EventDataType.Shape.AGENT_SUBSCRIPTION, XsiEventTypes::agentSubscription);
        BY_SHAPE.put(EventDataType.Shape.AGENT_STATE, XsiEventTypes::agentState);
        BY_SHAPE.put(EventDataType.Shape.AGENT_DISPOSITION_CODE, XsiEventTypes::agentDispositionCode);
    }

    private XsiEventTypes() {
    }

    /** @return the registered type for a wire name, or {@code null} when it is not decodable */
    static EventDataType find(String typeName) {
        EventDataType type = EventDataType.fromWire(typeName);
        return type == EventDataType.UNKNOWN ? null : type;
    }

    static EventData read(XmlCursor c, EventDataType type) throws XMLStreamException {
        return BY_SHAPE.get(type.shape()).read(c, type);
    }

    private static EventData callEvent(XmlCursor c, EventDataType type) throws XMLStreamException {
        Call call = null;
        String reason = null;
        while (c.nextChild()) {
            switch (c.name()) {
                case "call": call = CallReader.read(c); break;
                case "reason": reason = c.text(); break;
                default: c.skip();
            }
        }
        return new CallEvent(type, require(call, type, "call"), reason);
    }

    private static EventData callRedirected(XmlCursor c, EventDataType type) throws XMLStreamException {
        List<Call> calls = null;
        while (c.nextChild()) {
            if ("calls".equals(c.name())) {
                calls = CallReader.readList(c);
            } else {
                c.skip();
            }
        }
        return new CallRedirectedEvent(require(calls, type, "calls"));
    }

    private static EventData callSnapshot(XmlCursor c, EventDataType type) throws XMLStreamException {
        List<Call> calls = List.of();
        Conference conference = null;
        HookStatus hookStatus = null;
        while (c.nextChild()) {
            switch (c.name()) {
                case "calls": calls = CallReader.readList(c); break;
                case "conference": conference = ConferenceReader.read(c); break;
                case "hookStatus": hookStatus = HookStatus.fromWire(c.text()); break;
                default: c.skip();
            }
        }
        // hookStatus is mandatory only since R19.sp6; an older XSP's snapshot still carries the calls.
        return new CallSubscriptionEvent(type == EventDataType.CALL_SUBSCRIPTION_RESYNC, calls, conference,
                hookStatus == null ? HookStatus.UNRECOGNIZED : hookStatus);
    }

    private static EventData hookStatus(XmlCursor c, EventDataType type) throws XMLStreamException {
        HookStatus hookStatus = null;
        while (c.nextChild()) {
            if ("hookStatus".equals(c.name())) {
                hookStatus = HookStatus.fromWire(c.text());
            } else {
                c.skip();
            }
        }
        return new HookStatusEvent(require(hookStatus, type, "hookStatus"));
    }

    private static EventData conferenceEvent(XmlCursor c, EventDataType type) throws XMLStreamException {
        Conference conference = null;
        while (c.nextChild()) {
            if ("conference".equals(c.name())) {
                conference = ConferenceReader.read(c);
            } else {
                c.skip();
            }
        }
        return new ConferenceEvent(type, require(conference, type, "conference"));
    }

    private static EventData subscriptionTerminated(XmlCursor c, EventDataType type) throws XMLStreamException {
        while (c.nextChild()) {
            c.skip();
        }
        return SubscriptionTerminatedEvent.INSTANCE;
    }

    private static EventData agentSubscription(XmlCursor c, EventDataType type) throws XMLStreamException {
        List<AgentJoinInfo> joins = List.of();
        AgentStateInfo state = null;
        while (c.nextChild()) {
            switch (c.name()) {
                case "joinData": joins = AgentReader.joinData(c); break;
                case "stateInfo": state = AgentReader.stateInfo(c); break;
                default: c.skip();
            }
        }
        return new AgentSubscriptionEvent(joins, state);
    }

    private static EventData agentState(XmlCursor c, EventDataType type) throws XMLStreamException {
        AgentStateInfo state = null;
        while (c.nextChild()) {
            if ("agentStateInfo".equals(c.name())) {
                state = AgentReader.stateInfo(c);
            } else {
                c.skip();
            }
        }
        return new AgentStateEvent(require(state, type, "agentStateInfo"));
    }

    private static EventData agentDispositionCode(XmlCursor c, EventDataType type) throws XMLStreamException {
        String code = null;
        String callId = null;
        while (c.nextChild()) {
            switch (c.name()) {
                case "dispositionCode": code = c.text(); break;
                case "callId": callId = c.text(); break;
                default: c.skip();
            }
        }
        return new AgentDispositionCodeAddedEvent(require(code, type, "dispositionCode"),
                require(callId, type, "callId"));
    }

    private static <T> T require(T value, EventDataType type, String element) throws XMLStreamException {
        if (value == null) {
            throw new XMLStreamException(type.wireName() + " lacks its <" + element + ">");
        }
        return value;
    }
}
