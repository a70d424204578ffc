package io.bwjtapi.simulator.model;

/** One Application Server of the redundant pair; users are homed on the primary. */
public enum AsRole {
    PRIMARY("1"),
    SECONDARY("2");

    private final String serverId;

    AsRole(String serverId) {
        this.serverId = serverId;
    }

    /** Returns the server id used in counter-style extTrackingIds ({@code counter:serverId}). */
    public String serverId() {
        return serverId;
    }

    /** Returns the other server of the pair. */
    public AsRole peer() {
        return this == PRIMARY ? SECONDARY : PRIMARY;
    }
}
