package io.bwjtapi.xsi.channel;

import io.bwjtapi.xsi.XsiEndpoint;
import java.net.InetSocketAddress;
import java.util.Optional;

/**
 * One streaming event channel on one XSP, member of the client's channel set. Obtained from
 * {@link EventChannelSet#open(XsiEndpoint)}; its state changes are reported to the lifecycle listeners.
 */
public interface EventChannel {

    /** @return the XSP this channel is on */
    XsiEndpoint endpoint();

    /** @return the channel id the XSP assigned; absent while opening */
    Optional<String> channelId();

    /** @return the expiry the XSP granted, in seconds; 0 before the channel is open */
    long grantedExpires();

    /** @return the current state */
    ChannelState state();

    /** @return the concrete address of the XSP holding the channel, once connected */
    Optional<InetSocketAddress> remoteAddress();

    /** @return heartbeats missed in a row (reset when one is answered) */
    int missedHeartbeats();
}
