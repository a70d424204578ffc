package io.bwjtapi.provider.spi;

/**
 * Why a connection or terminal connection changed state, as far as the switch tells. The JTAPI layer
 * turns each value into the JTAPI core cause and, where one exists, the call-control cause of the events
 * it delivers (for example {@link #BUSY}: core {@code CAUSE_NORMAL}, call control {@code CAUSE_BUSY};
 * {@link #DEST_NOT_OBTAINABLE}: core {@code CAUSE_DEST_NOT_OBTAINABLE}).
 */
public enum SwitchCause {
    /** Ordinary operation. */
    NORMAL,
    /** The switch did not say. */
    UNKNOWN,
    /** Part of setting up a new call. */
    NEW_CALL,
    /** The caller abandoned the call before it was answered. */
    CALL_CANCELLED,
    /** The destination does not exist or cannot be reached. */
    DEST_NOT_OBTAINABLE,
    /** The destination cannot take this kind of call. */
    INCOMPATIBLE_DESTINATION,
    /** The party went off hook and did not dial in time. */
    LOCKOUT,
    /** The network was congested. */
    NETWORK_CONGESTION,
    /** The destination's network could not be reached. */
    NETWORK_NOT_OBTAINABLE,
    /** A resource the call needs was missing. */
    RESOURCES_NOT_AVAILABLE,
    /** The party was busy. */
    BUSY,
    /** The party did not answer in time. */
    CALL_NOT_ANSWERED,
    /** The call was picked up by another party. */
    CALL_PICKUP,
    /** The change is part of a conference. */
    CONFERENCE,
    /** The party declined or is in do-not-disturb. */
    DO_NOT_DISTURB,
    /** The call was parked. */
    PARK,
    /** The call was redirected or forwarded (BroadWorks deflection, forwarding services). */
    REDIRECTED,
    /** The call met reorder tone (it could not be routed). */
    REORDER_TONE,
    /** The change is part of a transfer. */
    TRANSFER,
    /** All trunks were busy. */
    TRUNKS_BUSY,
    /** The call was taken off hold. */
    UNHOLD,
    /** One call was held and another retrieved in one step. */
    ALTERNATE,
    /** The call results from a call-back service. */
    CALL_BACK
}
