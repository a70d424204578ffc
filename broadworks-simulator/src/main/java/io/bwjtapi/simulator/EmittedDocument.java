package io.bwjtapi.simulator;

import java.time.Instant;

/**
 * An XML document the simulator sent: a chunk on an event channel, or the body of an HTTP response.
 *
 * @param time when it was sent
 * @param xspIndex the XSP that sent it
 * @param channelId the event channel it went out on, or {@code null} for an HTTP response body
 * @param document the complete document, starting with its XML declaration
 */
public record EmittedDocument(Instant time, int xspIndex, String channelId, String document) {

    /** Whether it was written on an event channel's stream. */
    public boolean onChannel() {
        return channelId != null;
    }
}
