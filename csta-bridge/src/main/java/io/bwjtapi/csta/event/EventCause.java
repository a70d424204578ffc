package io.bwjtapi.csta.event;

/**
 * Why an event happened: the ECMA-269 {@code EventCause} values the BroadWorks mapping uses, plus
 * {@link #SNAPSHOT}, which is not ECMA-269 and marks state learned from a BroadWorks call snapshot (JTAPI
 * {@code Ev.CAUSE_SNAPSHOT}).
 */
public enum EventCause {
    /** A device left because another party took the call (active participation). */
    ACTIVE_PARTICIPATION("activeParticipation"),
    /** The call was blocked, e.g. forbidden by policy. */
    BLOCKED("blocked"),
    /** The destination was busy. */
    BUSY("busy"),
    /** The caller gave up before the call was answered. */
    CALL_CANCELLED("callCancelled"),
    /** The call was forwarded, reason unspecified. */
    CALL_FORWARD("callForward"),
    /** Call Forwarding Always. */
    CALL_FORWARD_IMMEDIATE("callForwardImmediate"),
    /** Call Forwarding Busy. */
    CALL_FORWARD_BUSY("callForwardBusy"),
    /** Call Forwarding No Answer. */
    CALL_FORWARD_NO_ANSWER("callForwardNoAnswer"),
    /** Nobody answered in time. */
    CALL_NOT_ANSWERED("callNotAnswered"),
    /** The call was picked up by another device. */
    CALL_PICKUP("callPickup"),
    /** Calls were joined into a conference. */
    CONFERENCE("conference"),
    /** The call was put on hold to consult another party. */
    CONSULTATION("consultation"),
    /** The destination could not be reached. */
    DEST_NOT_OBTAINABLE("destNotObtainable"),
    /** The call was distributed by a hunt group, call center or route point. */
    DISTRIBUTED("distributed"),
    /** The destination has Do Not Disturb on. */
    DO_NOT_DISTURB("doNotDisturb"),
    /** A device barged in. */
    INTRUDE("intrude"),
    /** The number dialled was malformed. */
    INVALID_NUMBER_FORMAT("invalidNumberFormat"),
    /** The call was placed on request (Xsi dial, click-to-dial). */
    MAKE_CALL("makeCall"),
    /** The network failed. */
    NETWORK_OUT_OF_ORDER("networkOutOfOrder"),
    /** The network ended the call with a signal not otherwise classified. */
    NETWORK_SIGNAL("networkSignal"),
    /** A new call. */
    NEW_CALL("newCall"),
    /** Nothing special. */
    NORMAL("normal"),
    /** The call ended normally. */
    NORMAL_CLEARING("normalClearing"),
    /** The number dialled does not exist. */
    NUMBER_UNALLOCATED("numberUnallocated"),
    /** A parked call was retrieved. */
    PARK("park"),
    /** The call came back to a device that passed it on. */
    RECALL("recall"),
    /** The call was deflected or redirected. */
    REDIRECTED("redirected"),
    /** The switch lacked resources. */
    RESOURCES_NOT_AVAILABLE("resourcesNotAvailable"),
    /** A device joined to listen only (monitoring). */
    SILENT_PARTICIPATION("silentParticipation"),
    /** The call was transferred without consultation (blind transfer). */
    SINGLE_STEP_TRANSFER("singleStepTransfer"),
    /**
     * The switch lost the connection, e.g. the party disappeared in an Application Server failover ("stuck
     * call" removed after a resynchronisation).
     */
    SWITCHING_FUNCTION_TERMINATED("switchingFunctionTerminated"),
    /** A timer expired, e.g. waiting for dial tone. */
    TIMEOUT("timeout"),
    /** The call was transferred after consultation. */
    TRANSFER("transfer"),
    /** Not ECMA-269: the state was learned from a BroadWorks call snapshot (JTAPI CAUSE_SNAPSHOT). */
    SNAPSHOT(null);

    private final String wireName;

    EventCause(String wireName) {
        this.wireName = wireName;
    }

    /** @return the ECMA-323 value, e.g. {@code normalClearing}; {@code null} for {@link #SNAPSHOT} */
    public String wireName() {
        return wireName;
    }

    /** @return whether ECMA-269 defines this cause */
    public boolean isEcma() {
        return wireName != null;
    }
}
