package io.bwjtapi.csta.event;

/** The kinds of CSTA call event, named by their ECMA-323 element; each has one {@link CstaEvent} subclass. */
public enum CstaEventType {
    /** {@link ServiceInitiatedEvent}: a device went off hook to place a call (state initiated). */
    SERVICE_INITIATED("ServiceInitiatedEvent"),
    /** {@link OriginatedEvent}: a call is placed from a device (state connected). */
    ORIGINATED("OriginatedEvent"),
    /** {@link DeliveredEvent}: a call is presented to a device (state alerting). */
    DELIVERED("DeliveredEvent"),
    /** {@link EstablishedEvent}: a device answered (state connected). */
    ESTABLISHED("EstablishedEvent"),
    /** {@link HeldEvent}: a device put the call on hold (state hold). */
    HELD("HeldEvent"),
    /** {@link RetrievedEvent}: a held call was taken back (state connected). */
    RETRIEVED("RetrievedEvent"),
    /** {@link ConnectionClearedEvent}: a device left the call (state null). */
    CONNECTION_CLEARED("ConnectionClearedEvent"),
    /** {@link CallClearedEvent}: the call ended; no connection is left. */
    CALL_CLEARED("CallClearedEvent"),
    /** {@link DivertedEvent}: the call left a device without being answered there (state null). */
    DIVERTED("DivertedEvent"),
    /** {@link TransferredEvent}: a device transferred the call; calls merged. The XML name has one "r". */
    TRANSFERRED("TransferedEvent"),
    /** {@link ConferencedEvent}: calls were joined into a conference. */
    CONFERENCED("ConferencedEvent"),
    /** {@link FailedEvent}: a connection attempt failed, e.g. busy (state fail). */
    FAILED("FailedEvent"),
    /** {@link NetworkReachedEvent}: the call left the switch for the public network (state connected). */
    NETWORK_REACHED("NetworkReachedEvent");

    private final String wireName;

    CstaEventType(String wireName) {
        this.wireName = wireName;
    }

    /** @return the ECMA-323 element name, e.g. {@code DeliveredEvent} */
    public String wireName() {
        return wireName;
    }
}
