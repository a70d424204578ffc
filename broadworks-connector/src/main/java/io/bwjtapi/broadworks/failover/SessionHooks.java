package io.bwjtapi.broadworks.failover;

import io.bwjtapi.failover.decision.GiveUp;

/** What the failover wiring tells the session that owns it. Called on the switch thread. */
public interface SessionHooks {
    /** An event channel opened: BroadWorks accepted the login (the initial open may return). */
    void channelOpened();

    /**
     * The policy gave up: after a failed initial open the open fails, later the provider shuts down.
     *
     * @param decision why, with the last failure per server
     */
    void gaveUp(GiveUp decision);
}
