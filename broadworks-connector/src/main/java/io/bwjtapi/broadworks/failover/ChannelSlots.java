package io.bwjtapi.broadworks.failover;

import io.bwjtapi.failover.XspEndpoint;
import io.bwjtapi.xsi.channel.EventChannel;
import java.util.HashMap;
import java.util.Map;

/**
 * Which channel the policy knows on each XSP: the attempt in flight or the open channel. Facts about any other
 * channel (one the policy closed, a late answer to an abandoned attempt) are dropped, as the policy's wiring
 * contract requires. Switch thread only.
 */
final class ChannelSlots {
    private final Map<XspEndpoint, Long> attempts = new HashMap<>();
    private final Map<XspEndpoint, EventChannel> open = new HashMap<>();
    private long nextAttempt = 1;

    /** @return the token of a new attempt on the XSP, replacing whatever was there */
    long startAttempt(XspEndpoint endpoint) {
        long attempt = nextAttempt++;
        attempts.put(endpoint, attempt);
        open.remove(endpoint);
        return attempt;
    }

    /** @return whether the attempt is still the one the policy waits for; if so the channel is now current */
    boolean succeeded(XspEndpoint endpoint, long attempt, EventChannel channel) {
        if (!isAttempt(endpoint, attempt)) {
            return false;
        }
        attempts.remove(endpoint);
        open.put(endpoint, channel);
        return true;
    }

    /** @return whether the attempt was the one the policy waits for (it is over now) */
    boolean failed(XspEndpoint endpoint, long attempt) {
        if (!isAttempt(endpoint, attempt)) {
            return false;
        }
        attempts.remove(endpoint);
        return true;
    }

    /** Forgets the XSP's attempt or channel. @return the open channel to close, or {@code null} */
    EventChannel close(XspEndpoint endpoint) {
        attempts.remove(endpoint);
        return open.remove(endpoint);
    }

    /** @return the XSP whose current channel this is, or {@code null} for a channel the policy does not know */
    XspEndpoint endpointOf(EventChannel channel) {
        for (Map.Entry<XspEndpoint, EventChannel> e : open.entrySet()) {
            if (e.getValue() == channel) {
                return e.getKey();
            }
        }
        return null;
    }

    /** @return how many channels are open */
    int openCount() {
        return open.size();
    }

    private boolean isAttempt(XspEndpoint endpoint, long attempt) {
        Long current = attempts.get(endpoint);
        return current != null && current == attempt;
    }
}
