package io.bwjtapi.xsi.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Collects the parts of a {@link Call}; not thread-safe. */
public final class CallBuilder {
    String callId;
    String extTrackingId;
    String networkCallId;
    Personality personality = Personality.UNRECOGNIZED;
    CallState state = CallState.UNRECOGNIZED;
    ReleaseCause releaseCause;
    ReleasingParty releasingParty;
    PartyInfo remoteParty;
    final List<Redirection> redirections = new ArrayList<>(0);
    Redirect redirect;
    Endpoint endpoint;
    Integer appearance;
    boolean allowAnswer;
    boolean allowRetrieve;
    String huntGroupUserId;
    boolean diversionInhibited;
    RecallType recallType;
    long startTime;
    Long answerTime;
    Long heldTime;
    Long totalHeldTime;
    Long detachedTime;
    Long releaseTime;
    AcdCallInfo acdCallInfo;
    boolean recorded;
    RecordingState recordingState;
    String executiveUserId;
    PartyInfo recallFromParty;
    String securityClassification;

    CallBuilder(String callId, String extTrackingId) {
        this.callId = callId;
        this.extTrackingId = extTrackingId;
    }

    CallBuilder(Call c) {
        this(c.callId, c.extTrackingId);
        networkCallId = c.networkCallId;
        personality = c.personality;
        state = c.state;
        releaseCause = c.releaseCause;
        releasingParty = c.releasingParty;
        remoteParty = c.remoteParty;
        redirections.addAll(c.redirections);
        redirect = c.redirect;
        endpoint = c.endpoint;
        appearance = c.appearance;
        allowAnswer = c.allowAnswer;
        allowRetrieve = c.allowRetrieve;
        huntGroupUserId = c.huntGroupUserId;
        diversionInhibited = c.diversionInhibited;
        recallType = c.recallType;
        startTime = c.startTime;
        answerTime = c.answerTime;
        heldTime = c.heldTime;
        totalHeldTime = c.totalHeldTime;
        detachedTime = c.detachedTime;
        releaseTime = c.releaseTime;
        acdCallInfo = c.acdCallInfo;
        recorded = c.recorded;
        recordingState = c.recordingState;
        executiveUserId = c.executiveUserId;
        recallFromParty = c.recallFromParty;
        securityClassification = c.securityClassification;
    }

    /**

     * Sets the call-half id.

     *

     * @param v the call-half id

     * @return this builder

     */
    public CallBuilder callId(String v) {
        callId = v;
        return this;
    }

    /**

     * Sets the call-session id.

     *

     * @param v the call-session id

     * @return this builder

     */
    public CallBuilder extTrackingId(String v) {
        extTrackingId = v;
        return this;
    }

    /**

     * Sets the SIP Call-ID of the network leg.

     *

     * @param v the SIP Call-ID of the network leg

     * @return this builder

     */
    public CallBuilder networkCallId(String v) {
        networkCallId = v;
        return this;
    }

    /**

     * Sets the user's role.

     *

     * @param v the user's role

     * @return this builder

     */
    public CallBuilder personality(Personality v) {
        personality = v;
        return this;
    }

    /**

     * Sets the call state.

     *

     * @param v the call state

     * @return this builder

     */
    public CallBuilder state(CallState v) {
        state = v;
        return this;
    }

    /**

     * Sets the failure cause.

     *

     * @param v the failure cause

     * @return this builder

     */
    public CallBuilder releaseCause(ReleaseCause v) {
        releaseCause = v;
        return this;
    }

    /**

     * Sets the releasing side.

     *

     * @param v the releasing side

     * @return this builder

     */
    public CallBuilder releasingParty(ReleasingParty v) {
        releasingParty = v;
        return this;
    }

    /**

     * Sets the other party.

     *

     * @param v the other party

     * @return this builder

     */
    public CallBuilder remoteParty(PartyInfo v) {
        remoteParty = v;
        return this;
    }

    /**

     * Sets one more redirection history entry.

     *

     * @param v one more redirection history entry

     * @return this builder

     */
    public CallBuilder addRedirection(Redirection v) {
        redirections.add(Objects.requireNonNull(v, "redirection"));
        return this;
    }

    /**

     * Sets the latest redirection.

     *

     * @param v the latest redirection

     * @return this builder

     */
    public CallBuilder redirect(Redirect v) {
        redirect = v;
        return this;
    }

    /**

     * Sets where the call is presented.

     *

     * @param v where the call is presented

     * @return this builder

     */
    public CallBuilder endpoint(Endpoint v) {
        endpoint = v;
        return this;
    }

    /**

     * Sets the appearance index.

     *

     * @param v the appearance index

     * @return this builder

     */
    public CallBuilder appearance(Integer v) {
        appearance = v;
        return this;
    }

    /**

     * Sets whether Talk can answer the call.

     *

     * @param v whether Talk can answer the call

     * @return this builder

     */
    public CallBuilder allowAnswer(boolean v) {
        allowAnswer = v;
        return this;
    }

    /**

     * Sets whether the held call can be retrieved.

     *

     * @param v whether the held call can be retrieved

     * @return this builder

     */
    public CallBuilder allowRetrieve(boolean v) {
        allowRetrieve = v;
        return this;
    }

    /**

     * Sets the delivering hunt group.

     *

     * @param v the delivering hunt group

     * @return this builder

     */
    public CallBuilder huntGroupUserId(String v) {
        huntGroupUserId = v;
        return this;
    }

    /**

     * Sets whether diversion is inhibited.

     *

     * @param v whether diversion is inhibited

     * @return this builder

     */
    public CallBuilder diversionInhibited(boolean v) {
        diversionInhibited = v;
        return this;
    }

    /**

     * Sets the recall type.

     *

     * @param v the recall type

     * @return this builder

     */
    public CallBuilder recallType(RecallType v) {
        recallType = v;
        return this;
    }

    /**

     * Sets start time, ms since the epoch.

     *

     * @param v start time, ms since the epoch

     * @return this builder

     */
    public CallBuilder startTime(long v) {
        startTime = v;
        return this;
    }

    /**

     * Sets first answer time, ms since the epoch.

     *

     * @param v first answer time, ms since the epoch

     * @return this builder

     */
    public CallBuilder answerTime(Long v) {
        answerTime = v;
        return this;
    }

    /**

     * Sets hold time, ms since the epoch.

     *

     * @param v hold time, ms since the epoch

     * @return this builder

     */
    public CallBuilder heldTime(Long v) {
        heldTime = v;
        return this;
    }

    /**

     * Sets total held duration in ms.

     *

     * @param v total held duration in ms

     * @return this builder

     */
    public CallBuilder totalHeldTime(Long v) {
        totalHeldTime = v;
        return this;
    }

    /**

     * Sets detach time, ms since the epoch.

     *

     * @param v detach time, ms since the epoch

     * @return this builder

     */
    public CallBuilder detachedTime(Long v) {
        detachedTime = v;
        return this;
    }

    /**

     * Sets release time, ms since the epoch.

     *

     * @param v release time, ms since the epoch

     * @return this builder

     */
    public CallBuilder releaseTime(Long v) {
        releaseTime = v;
        return this;
    }

    /**

     * Sets call-center context.

     *

     * @param v call-center context

     * @return this builder

     */
    public CallBuilder acdCallInfo(AcdCallInfo v) {
        acdCallInfo = v;
        return this;
    }

    /**

     * Sets whether the call is recorded.

     *

     * @param v whether the call is recorded

     * @return this builder

     */
    public CallBuilder recorded(boolean v) {
        recorded = v;
        return this;
    }

    /**

     * Sets the recording state.

     *

     * @param v the recording state

     * @return this builder

     */
    public CallBuilder recordingState(RecordingState v) {
        recordingState = v;
        return this;
    }

    /**

     * Sets the executive's user id.

     *

     * @param v the executive's user id

     * @return this builder

     */
    public CallBuilder executiveUserId(String v) {
        executiveUserId = v;
        return this;
    }

    /**

     * Sets the party recalled from.

     *

     * @param v the party recalled from

     * @return this builder

     */
    public CallBuilder recallFromParty(PartyInfo v) {
        recallFromParty = v;
        return this;
    }

    /**

     * Sets the security classification.

     *

     * @param v the security classification

     * @return this builder

     */
    public CallBuilder securityClassification(String v) {
        securityClassification = v;
        return this;
    }

    /**
     * Builds the immutable call.
     *
     * @return the call
     * @throws NullPointerException when callId or extTrackingId is missing
     */
    public Call build() {
        return new Call(this);
    }
}
