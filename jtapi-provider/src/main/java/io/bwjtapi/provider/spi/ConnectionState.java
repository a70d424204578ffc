package io.bwjtapi.provider.spi;

/**
 * The state of one party's connection to a call as the switch reports it, in call-control terms.
 * <p>
 * The values are the JTAPI call-control connection states. From the CSTA local connection states an
 * adapter maps: {@code null} (connection cleared) to {@link #DISCONNECTED}, {@code initiated} to
 * {@link #INITIATED}, {@code alerting} at the called party to {@link #ALERTING}, {@code connected} (originated,
 * established, retrieved, and also held: hold is a terminal connection state) to {@link #ESTABLISHED},
 * {@code queued} to {@link #QUEUED} and {@code fail} to {@link #FAILED}; a party outside BroadWorks that has
 * been reached but reports nothing more is {@link #NETWORK_REACHED} or {@link #NETWORK_ALERTING}.
 * A connection normally moves forward along one of the paths {@code INITIATED -> DIALING -> ESTABLISHED},
 * {@code OFFERED -> QUEUED -> ALERTING -> ESTABLISHED} or
 * {@code NETWORK_REACHED -> NETWORK_ALERTING -> ESTABLISHED} (steps may be skipped); any state may move
 * to {@link #FAILED} or {@link #DISCONNECTED}, and {@code DISCONNECTED} is final. The JTAPI layer drops
 * (and counts) reports that would move a connection backwards.
 */
public enum ConnectionState {
    /** Created but not yet involved. */
    IDLE,
    /** Offered to the address before alerting. */
    OFFERED,
    /** Waiting in a queue at the address. */
    QUEUED,
    /** The address is being alerted (its device rings). */
    ALERTING,
    /** The originating party is off hook, nothing dialled yet. */
    INITIATED,
    /** The originating party is dialling. */
    DIALING,
    /** The call has left for an outside network. */
    NETWORK_REACHED,
    /** The outside network reports the far party alerting. */
    NETWORK_ALERTING,
    /** The party takes part in the call (answered, or placed the call). */
    ESTABLISHED,
    /** The party has left the call; final. */
    DISCONNECTED,
    /** The attempt to reach the party failed (busy, unobtainable). */
    FAILED,
    /** The switch cannot tell. */
    UNKNOWN
}
