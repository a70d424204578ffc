package io.bwjtapi.provider.spi;

/**
 * The state of one device's part in a connection, in call-control terms. For a BroadWorks user: alerting
 * is {@link #RINGING}, active is {@link #TALKING}, held is {@link #HELD}, released is {@link #DROPPED}.
 * {@code TALKING} and {@code HELD} alternate; any state may move to {@code DROPPED}, which is final.
 */
public enum TerminalConnectionState {
    /** Created but not yet involved. */
    IDLE,
    /** The device rings. */
    RINGING,
    /** The device takes part in the call. */
    TALKING,
    /** The device has put the call on hold. */
    HELD,
    /** The device shares the line with another device that is active in the call. */
    BRIDGED,
    /** The line is in use on another device and this one cannot join. */
    INUSE,
    /** The device has left the call; final. */
    DROPPED,
    /** The switch cannot tell. */
    UNKNOWN
}
