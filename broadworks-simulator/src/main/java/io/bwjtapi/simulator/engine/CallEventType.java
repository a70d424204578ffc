package io.bwjtapi.simulator.engine;

/** The single-call events the switch produces, with their XSD type names and the package that first carries them. */
public enum CallEventType {
    ORIGINATING("CallOriginatingEvent", CallLevel.BASIC),
    ORIGINATED("CallOriginatedEvent", CallLevel.BASIC),
    RECEIVED("CallReceivedEvent", CallLevel.BASIC),
    ANSWERED("CallAnsweredEvent", CallLevel.BASIC),
    RELEASING("CallReleasingEvent", CallLevel.BASIC),
    RELEASED("CallReleasedEvent", CallLevel.BASIC),
    HELD("CallHeldEvent", CallLevel.STANDARD),
    RETRIEVED("CallRetrievedEvent", CallLevel.STANDARD),
    FORWARDED("CallForwardedEvent", CallLevel.STANDARD),
    TRANSFERRED("CallTransferredEvent", CallLevel.STANDARD),
    UPDATED("CallUpdatedEvent", CallLevel.STANDARD),
    DETACHED("CallDetachedEvent", CallLevel.ADVANCED);

    private final String xsdType;
    private final CallLevel level;

    CallEventType(String xsdType, CallLevel level) {
        this.xsdType = xsdType;
        this.level = level;
    }

    /** Returns the {@code xsi1:type} of the event's {@code eventData}. */
    public String xsdType() {
        return xsdType;
    }

    /** Returns the smallest package that carries this event. */
    public CallLevel level() {
        return level;
    }
}
