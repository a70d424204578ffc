package io.bwjtapi.csta.event;

/** The part a device plays in an event, naming the ECMA-323 device parameters. */
public enum DeviceRole {
    /** The device that placed the call. */
    CALLING,
    /** The device originally called. */
    CALLED,
    /** The device that last redirected the call. */
    LAST_REDIRECTION,
    /** The device that went off hook ({@code initiatingDevice}). */
    INITIATING,
    /** The device being alerted. */
    ALERTING,
    /** The device that answered. */
    ANSWERING,
    /** The device that put the call on hold. */
    HOLDING,
    /** The device that took the call back. */
    RETRIEVING,
    /** The device that released the connection. */
    RELEASING,
    /** The device the call was diverted away from. */
    DIVERTING,
    /** Where a diverted call went. */
    NEW_DESTINATION,
    /** The device that transferred the call. */
    TRANSFERRING,
    /** The device the call was transferred to. */
    TRANSFERRED_TO,
    /** The device that made the conference. */
    CONFERENCING,
    /** The device added to the conference. */
    ADDED_PARTY,
    /** The device whose connection attempt failed. */
    FAILING
}
