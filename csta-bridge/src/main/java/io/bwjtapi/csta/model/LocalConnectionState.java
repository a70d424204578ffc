package io.bwjtapi.csta.model;

import io.bwjtapi.xsi.model.CallState;
import io.bwjtapi.xsi.model.Personality;

/**
 * The CSTA local connection state of a device in a call (ECMA-323 {@code LocalConnectionState}).
 *
 * <p>JTAPI mapping (core / call control): {@code initiated} CONNECTED / INITIATED; {@code alerting}
 * ALERTING; {@code connected} CONNECTED / ESTABLISHED (NETWORK_REACHED or NETWORK_ALERTING for a party reached
 * through the network); {@code hold} CONNECTED / ESTABLISHED with a HELD terminal connection; {@code queued}
 * INPROGRESS / QUEUED; {@code fail} FAILED; {@code null} DISCONNECTED.
 */
public enum LocalConnectionState {
    /** No relationship between the device and the call (the connection has left). */
    NULL("null"),
    /** The device is requesting service: off hook, dialling or collecting digits. */
    INITIATED("initiated"),
    /** The device is being alerted (rings). */
    ALERTING("alerting"),
    /** The device takes part in the call. */
    CONNECTED("connected"),
    /** The device takes part in the call but has it on hold. */
    HOLD("hold"),
    /** The call is stalled trying to reach the device, e.g. queued. */
    QUEUED("queued"),
    /** The attempt to connect failed, e.g. the destination was busy. */
    FAIL("fail");

    private final String wireName;

    LocalConnectionState(String wireName) {
        this.wireName = wireName;
    }

    /** @return the ECMA-323 value, e.g. {@code connected} */
    public String wireName() {
        return wireName;
    }

    /**
     * Maps a BroadWorks call half to the local state of the user's own connection: an alerting terminator or
     * click-to-dial rings ({@code alerting}); an originator whose call is not yet answered is
     * {@code connected} (the far end alerts); {@code Remote Held} keeps the user {@code connected};
     * {@code Detached}, {@code Released} and {@code Idle} mean the user has left ({@code NULL}).
     *
     * @param state the Xsi call state
     * @param personality the user's role in the call
     * @return the local state, or {@code null} for a state this client does not know
     */
    public static LocalConnectionState fromXsi(CallState state, Personality personality) {
        switch (state) {
            case ALERTING:
                return personality == Personality.ORIGINATOR ? CONNECTED : ALERTING;
            case ACTIVE:
            case REMOTE_HELD:
                return CONNECTED;
            case HELD:
                return HOLD;
            case DETACHED:
            case RELEASED:
            case IDLE:
                return NULL;
            default:
                return null;
        }
    }
}
