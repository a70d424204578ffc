package io.bwjtapi.simulator;

import java.util.List;

/**
 * A subscription the switch holds.
 *
 * @param subscriptionId its id
 * @param owner the login that created it
 * @param targetUserId the monitored user
 * @param eventPackages the package names, e.g. {@code Advanced Call}
 * @param channelSetId the channel set its events go to
 * @param applicationId its application id (externalApplicationId in events)
 * @param expires the granted expiry in seconds
 */
public record SubscriptionInfo(String subscriptionId, String owner, String targetUserId, List<String> eventPackages,
        String channelSetId, String applicationId, int expires) {

    public SubscriptionInfo {
        eventPackages = List.copyOf(eventPackages);
    }
}
