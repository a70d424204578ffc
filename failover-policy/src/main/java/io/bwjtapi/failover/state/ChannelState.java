package io.bwjtapi.failover.state;

/** The event channel on one XSP. Legal moves are listed in {@link ChannelTransition}. */
public enum ChannelState {
    /** No channel and no attempt in flight (possibly waiting for the server's backoff). */
    CLOSED,
    /** One open attempt is in flight; there is never more than one per XSP. */
    OPENING,
    /** Live: the stream is open and has shown traffic recently enough. */
    OPEN
}
