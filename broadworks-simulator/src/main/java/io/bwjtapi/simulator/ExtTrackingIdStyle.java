package io.bwjtapi.simulator;

/** How the simulator forms extTrackingIds; real releases use both forms and clients must treat them as opaque. */
public enum ExtTrackingIdStyle {
    /** Older releases: {@code counter:serverId}, e.g. {@code 108:1}. */
    COUNTER,
    /** Newer releases: a UUID. */
    UUID,
    /** Alternate between the two, so one run exercises both. */
    MIXED
}
