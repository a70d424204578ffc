package io.bwjtapi.xsi.channel;

/** The life cycle of one event channel; it only moves forward. */
public enum ChannelState {
    /** Connecting and waiting for the XSP's {@code Channel} document. */
    OPENING,
    /** Streaming events; heartbeats and refreshes run. */
    OPEN,
    /** A graceful close is in progress (DELETE sent, waiting for ChannelTerminatedEvent). */
    CLOSING,
    /** Closed for good; a new channel must be opened. */
    CLOSED
}
