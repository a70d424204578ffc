package io.bwjtapi.simulator.engine;

import io.bwjtapi.simulator.model.CallSnapshot;
import io.bwjtapi.simulator.model.CallState;
import io.bwjtapi.simulator.model.PartyInfo;
import io.bwjtapi.simulator.model.Personality;
import io.bwjtapi.simulator.model.Redirect;
import io.bwjtapi.simulator.model.Redirection;
import io.bwjtapi.simulator.model.ReleaseCause;
import java.util.List;

/**
 * One party's half of a call: mutable, owned by the switch thread. The Xsi call state is derived from the
 * phase and the two hold flags, so local and remote hold can overlap as they do on BroadWorks.
 */
final class CallHalf {
    enum Phase { ALERTING, CONNECTED, DETACHED, RELEASED }

    final String callId;
    final Party party;
    final long startTime;
    CallSession session;
    Personality personality;
    Phase phase = Phase.ALERTING;
    /** The other party's half; {@code null} while a click-to-dial has not reached the far end. */
    CallHalf peer;
    /** What the user sees as the remote party while there is no peer (the dialled address). */
    PartyInfo pendingRemote;
    String dialledAddress;
    boolean localHold;
    boolean remoteHold;
    /** The device is engaged (it dialled, answered or is held): the call shows its endpoint and appearance. */
    int appearance;
    long answerTime;
    long heldTime;
    long totalHeldTime;
    long detachedTime;
    long releaseTime;
    ReleaseCause releaseCause;
    Boolean localRelease;
    Redirect redirect;
    List<Redirection> redirections = List.of();
    /** A terminator that stopped ringing without declining: the caller keeps alerting until its timer. */
    boolean abandoned;
    /** Changes whenever a new alerting period starts, so a stale no-answer timer can tell it is stale. */
    int alertToken;

    CallHalf(String callId, Party party, CallSession session, Personality personality, long startTime) {
        this.callId = callId;
        this.party = party;
        this.session = session;
        this.personality = personality;
        this.startTime = startTime;
    }

    CallState state() {
        switch (phase) {
            case ALERTING:
                return CallState.ALERTING;
            case DETACHED:
                return CallState.DETACHED;
            case RELEASED:
                return CallState.RELEASED;
            default:
                return localHold ? CallState.HELD : remoteHold ? CallState.REMOTE_HELD : CallState.ACTIVE;
        }
    }

    boolean isAlertingTerminator() {
        return phase == Phase.ALERTING && personality == Personality.TERMINATOR && !abandoned;
    }

    boolean isConnected() {
        return phase == Phase.CONNECTED;
    }

    boolean isReleased() {
        return phase == Phase.RELEASED;
    }

    boolean deviceEngaged() {
        return appearance > 0;
    }

    PartyInfo remoteInfo() {
        return peer != null ? peer.party.info() : pendingRemote;
    }

    CallSnapshot snapshot() {
        CallState state = state();
        boolean allowAnswer = state == CallState.ALERTING && !abandoned
                && (personality == Personality.TERMINATOR || personality == Personality.CLICK_TO_DIAL);
        return new CallSnapshot(callId, session.extTrackingId, personality, state, releaseCause, localRelease,
                remoteInfo(), redirections, redirect, deviceEngaged() ? party.user().deviceAddressOfRecord() : null,
                deviceEngaged() ? appearance : null, allowAnswer, localHold && phase == Phase.CONNECTED, startTime,
                positive(answerTime), localHold ? positive(heldTime) : null, positive(totalHeldTime),
                positive(detachedTime), positive(releaseTime));
    }

    private static Long positive(long value) {
        return value > 0 ? value : null;
    }

    @Override
    public String toString() {
        return callId + "[" + party + " " + personality.wire() + " " + state().wire() + "]";
    }
}
