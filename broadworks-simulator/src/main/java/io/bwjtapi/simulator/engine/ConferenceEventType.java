package io.bwjtapi.simulator.engine;

/** Conference events of the Standard and Advanced Call packages, with their XSD type names. */
public enum ConferenceEventType {
    STARTED("ConferenceStartedEvent"),
    UPDATED("ConferenceUpdatedEvent"),
    HELD("ConferenceHeldEvent"),
    RETRIEVED("ConferenceRetrievedEvent"),
    RELEASED("ConferenceReleasedEvent");

    private final String xsdType;

    ConferenceEventType(String xsdType) {
        this.xsdType = xsdType;
    }

    /** Returns the {@code xsi1:type} of the event's {@code eventData}. */
    public String xsdType() {
        return xsdType;
    }
}
