package io.bwjtapi.simulator;

/**
 * An open event channel.
 *
 * @param channelId the id the XSP assigned
 * @param owner the login that created it
 * @param channelSetId its channel set
 * @param xspIndex the XSP that holds its connection
 * @param priority its priority (lower is preferred)
 * @param weight its weight among channels of equal priority
 * @param expires the granted expiry in seconds
 */
public record ChannelInfo(String channelId, String owner, String channelSetId, int xspIndex, int priority,
        int weight, int expires) {
}
