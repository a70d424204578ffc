package io.bwjtapi.failover.detect;

import io.bwjtapi.failover.decision.CloseChannel;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Decides when a live channel has gone silent.
 *
 * <p>The XSP answers every heartbeat {@code PUT} with a {@code ChannelHeartBeat} document on the stream, and any
 * stream traffic proves the channel alive. A channel is silent at
 * {@code max(lastTraffic + silenceTimeout, firstUnechoedHeartbeat + heartbeatInterval)}: no traffic for the
 * silence timeout, and the XSP had at least one heartbeat interval to echo the first heartbeat sent since the
 * last traffic. Without a heartbeat sent since the last traffic there is no verdict, so a stall on our side (a
 * long pause of the heartbeat timer) is not blamed on the XSP.
 *
 * <p>With heartbeats every {@code h} and {@code silenceTimeout = k * h} ({@code k >= 2}), a heartbeat always falls
 * into the first {@code h} of silence, so a silent XSP is declared silent exactly {@code silenceTimeout} after its
 * last traffic.
 */
public final class ChannelLiveness {
    private final Duration heartbeatInterval;
    private final Duration silenceTimeout;
    private Instant lastTraffic;
    private Instant firstUnechoedHeartbeat;
    private boolean answeredSinceTraffic;

    /**
     * @param heartbeatInterval how often the wiring sends heartbeats
     * @param silenceTimeout how long a stream may stay silent
     * @param openedAt when the channel opened (its first chunk counts as traffic)
     */
    public ChannelLiveness(Duration heartbeatInterval, Duration silenceTimeout, Instant openedAt) {
        this.heartbeatInterval = heartbeatInterval;
        this.silenceTimeout = silenceTimeout;
        this.lastTraffic = openedAt;
    }

    /** @param now when something arrived on the stream */
    public void traffic(Instant now) {
        lastTraffic = now;
        firstUnechoedHeartbeat = null;
        answeredSinceTraffic = false;
    }

    /** @param now when a heartbeat was sent */
    public void heartbeatSent(Instant now) {
        if (firstUnechoedHeartbeat == null) {
            firstUnechoedHeartbeat = now;
        }
    }

    /** Records that the XSP answered a heartbeat request with 200. */
    public void heartbeatAnswered() {
        answeredSinceTraffic = true;
    }

    /** @return when the channel will be silent unless traffic arrives; empty while no heartbeat is unechoed */
    public Optional<Instant> silentAt() {
        if (firstUnechoedHeartbeat == null) {
            return Optional.empty();
        }
        Instant bySilence = lastTraffic.plus(silenceTimeout);
        Instant byEcho = firstUnechoedHeartbeat.plus(heartbeatInterval);
        return Optional.of(bySilence.isAfter(byEcho) ? bySilence : byEcho);
    }

    /**
     * @param now the current time
     * @return whether the channel is silent at {@code now}
     */
    public boolean isSilent(Instant now) {
        return silentAt().map(at -> !now.isBefore(at)).orElse(false);
    }

    /** @return the close reason for a silent channel: a stalled stream if the XSP still answers heartbeats */
    public CloseChannel.Reason verdict() {
        return answeredSinceTraffic ? CloseChannel.Reason.STREAM_STALLED : CloseChannel.Reason.HEARTBEAT_UNANSWERED;
    }

    /** @return when traffic last arrived */
    public Instant lastTraffic() {
        return lastTraffic;
    }
}
