package io.bwjtapi.xsi.event;

import java.util.HashMap;
import java.util.Map;

/**
 * Every {@code eventData} type this client decodes, named by its {@code xsi1:type} on the wire, together with
 * the Java class that carries it ({@link #shape()}). Switch over it to handle events by type.
 */
public enum EventDataType {
    /** An Xsi dial request was accepted and the user's devices are alerted (Click-to-Dial). */
    CALL_ORIGINATING("CallOriginatingEvent", Shape.CALL),
    /** The user originated a call. */
    CALL_ORIGINATED("CallOriginatedEvent", Shape.CALL),
    /** BroadWorks is collecting digits for the user's call. */
    CALL_COLLECTING("CallCollectingEvent", Shape.CALL),
    /** A call arrived for the user. */
    CALL_RECEIVED("CallReceivedEvent", Shape.CALL),
    /** A call was answered. */
    CALL_ANSWERED("CallAnsweredEvent", Shape.CALL),
    /** A call was held, locally or remotely. */
    CALL_HELD("CallHeldEvent", Shape.CALL),
    /** A held call was retrieved. */
    CALL_RETRIEVED("CallRetrievedEvent", Shape.CALL),
    /** The remote party, endpoint or personality of a call changed. */
    CALL_UPDATED("CallUpdatedEvent", Shape.CALL),
    /** Calls were redirected (Advanced Call; carries a list of calls). */
    CALL_REDIRECTED("CallRedirectedEvent", Shape.CALL_LIST),
    /** The remote party transferred the call. */
    CALL_TRANSFERRED("CallTransferredEvent", Shape.CALL),
    /** The user's outgoing call was forwarded by the far end. */
    CALL_FORWARDED("CallForwardedEvent", Shape.CALL),
    /** A call is connecting to a treatment before release. */
    CALL_RELEASING("CallReleasingEvent", Shape.CALL),
    /** A call was released. */
    CALL_RELEASED("CallReleasedEvent", Shape.CALL),
    /** The call is no longer presented to the user (Advanced Call). */
    CALL_DETACHED("CallDetachedEvent", Shape.CALL),
    /** A call was picked up (new extTrackingId). */
    CALL_PICKED_UP("CallPickedUpEvent", Shape.CALL),
    /** Someone barged in on a call (new extTrackingId). */
    CALL_BARGED_IN("CallBargedInEvent", Shape.CALL),
    /** A call is being monitored (new extTrackingId). */
    CALL_MONITORED("CallMonitoredEvent", Shape.CALL),
    /** A parked call was retrieved (new extTrackingId). */
    CALL_PARK_RETRIEVED("CallParkRetrievedEvent", Shape.CALL),
    /** Recording of a call is starting. */
    CALL_RECORDING_STARTING("CallRecordingStartingEvent", Shape.CALL),
    /** Recording of a call started. */
    CALL_RECORDING_STARTED("CallRecordingStartedEvent", Shape.CALL),
    /** Recording of a call paused. */
    CALL_RECORDING_PAUSED("CallRecordingPausedEvent", Shape.CALL),
    /** Recording of a call resumed. */
    CALL_RECORDING_RESUMED("CallRecordingResumedEvent", Shape.CALL),
    /** Recording of a call stopped (carries a reason). */
    CALL_RECORDING_STOPPED("CallRecordingStoppedEvent", Shape.CALL),
    /** A call's security classification changed. */
    CALL_SECURITY_CLASSIFICATION_UPDATED("CallSecurityClassificationUpdatedEvent", Shape.CALL),
    /** A call's client session info changed. */
    CALL_CLIENT_SESSION_INFO_UPDATED("CallClientSessionInfoUpdatedEvent", Shape.CALL),
    /** Music on hold could not be played for a call. */
    PLAY_MUSIC_ON_HOLD_FAILURE("PlayMusicOnHoldFailureEvent", Shape.CALL),
    /** A snapshot of the user's calls after subscribing or refreshing. */
    CALL_SUBSCRIPTION("CallSubscriptionEvent", Shape.CALL_SNAPSHOT),
    /** An unsolicited snapshot after lost updates (Application Server failover). */
    CALL_SUBSCRIPTION_RESYNC("CallSubscriptionResyncEvent", Shape.CALL_SNAPSHOT),
    /** The device went on or off hook. */
    HOOK_STATUS("HookStatusEvent", Shape.HOOK_STATUS),
    /** The user started a conference. */
    CONFERENCE_STARTED("ConferenceStartedEvent", Shape.CONFERENCE),
    /** The conference was held. */
    CONFERENCE_HELD("ConferenceHeldEvent", Shape.CONFERENCE),
    /** The conference was retrieved. */
    CONFERENCE_RETRIEVED("ConferenceRetrievedEvent", Shape.CONFERENCE),
    /** The conference's participants or state changed. */
    CONFERENCE_UPDATED("ConferenceUpdatedEvent", Shape.CONFERENCE),
    /** The conference was released. */
    CONFERENCE_RELEASED("ConferenceReleasedEvent", Shape.CONFERENCE),
    /** The conference controller was muted. */
    CONFERENCE_MUTED("ConferenceMutedEvent", Shape.CONFERENCE),
    /** The conference controller was unmuted. */
    CONFERENCE_UNMUTED("ConferenceUnmutedEvent", Shape.CONFERENCE),
    /** A conference participant was muted. */
    CONFERENCE_CALL_MUTED("ConferenceCallMutedEvent", Shape.CONFERENCE),
    /** A conference participant was unmuted. */
    CONFERENCE_CALL_UNMUTED("ConferenceCallUnMutedEvent", Shape.CONFERENCE),
    /** A conference participant was made deaf. */
    CONFERENCE_CALL_MADE_DEAF("ConferenceCallMadeDeafEvent", Shape.CONFERENCE),
    /** A conference participant can hear again. */
    CONFERENCE_CALL_MADE_UNDEAF("ConferenceCallMadeUnDeafEvent", Shape.CONFERENCE),
    /** The subscription ended (deleted, expired, privacy change). */
    SUBSCRIPTION_TERMINATED("SubscriptionTerminatedEvent", Shape.SUBSCRIPTION_TERMINATED),
    /** A snapshot of a call-center agent's joins and state. */
    AGENT_SUBSCRIPTION("AgentSubscriptionEvent", Shape.AGENT_SUBSCRIPTION),
    /** A call-center agent's ACD state changed. */
    AGENT_STATE("AgentStateEvent", Shape.AGENT_STATE),
    /** A disposition code was added to an agent's call. */
    AGENT_DISPOSITION_CODE_ADDED("AgentDispositionCodeAddedEvent", Shape.AGENT_DISPOSITION_CODE),
    /** A type this client does not decode; see {@link UnknownEventData#typeName()}. */
    UNKNOWN(null, Shape.UNKNOWN);

    /** The Java class that carries each type. */
    public enum Shape {
        /** {@link CallEvent}: one call. */
        CALL,
        /** {@link CallRedirectedEvent}: a list of calls. */
        CALL_LIST,
        /** {@link CallSubscriptionEvent}: calls, conference and hook status. */
        CALL_SNAPSHOT,
        /** {@link HookStatusEvent}. */
        HOOK_STATUS,
        /** {@link ConferenceEvent}. */
        CONFERENCE,
        /** {@link SubscriptionTerminatedEvent}. */
        SUBSCRIPTION_TERMINATED,
        /** {@link AgentSubscriptionEvent}. */
        AGENT_SUBSCRIPTION,
        /** {@link AgentStateEvent}. */
        AGENT_STATE,
        /** {@link AgentDispositionCodeAddedEvent}. */
        AGENT_DISPOSITION_CODE,
        /** {@link UnknownEventData}. */
        UNKNOWN
    }

    private static final Map<String, EventDataType> BY_WIRE_NAME = new HashMap<>();

    static {
        for (EventDataType type : values()) {
            if (type.wireName != null) {
                BY_WIRE_NAME.put(type.wireName, type);
            }
        }
    }

    private final String wireName;
    private final Shape shape;

    EventDataType(String wireName, Shape shape) {
        this.wireName = wireName;
        this.shape = shape;
    }

    /** @return the {@code xsi1:type} local name, e.g. {@code CallReceivedEvent}; {@code null} for UNKNOWN */
    public String wireName() {
        return wireName;
    }

    /** @return the Java class that carries this type */
    public Shape shape() {
        return shape;
    }

    /**
     * Finds the type for an {@code xsi1:type} local name in the BroadSoft namespace.
     *
     * @param wireName the local name, e.g. {@code CallReceivedEvent}
     * @return the type, or {@link #UNKNOWN}
     */
    public static EventDataType fromWire(String wireName) {
        return BY_WIRE_NAME.getOrDefault(wireName, UNKNOWN);
    }
}
