package io.bwjtapi.simulator.http;

/**
 * An authenticated login: the group administrator, whose scope covers every user of the group, or a user
 * acting for itself.
 *
 * @param userId the login name
 * @param admin whether it is the group administrator
 */
public record Login(String userId, boolean admin) {

    /** Whether the login may act for (or subscribe to) the user. */
    public boolean mayActFor(String targetUserId) {
        return admin || userId.equals(targetUserId);
    }
}
