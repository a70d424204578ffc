package io.bwjtapi.xsi.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * One user's half of a call as BroadWorks describes it (XSD {@code Call}): the element carried by call
 * events, call snapshots and the call-detail action. Immutable; build one with {@link #builder(String, String)}.
 *
 * <p>{@code callId} identifies the user's call half (different for originator and terminator);
 * {@code extTrackingId} identifies the call session shared by all parties and can change on pickup, barge-in,
 * park retrieve, monitoring and consultative transfer. Both are opaque strings.
 *
 * <p>Not modelled (skipped when present): {@code alternateAddressType}, {@code distinctiveRing},
 * {@code agentEscalation}, {@code acdOutgoingCallInfo}, {@code groupCallParkLocationSelected},
 * {@code findMeFollowMeUserId}, {@code allowedRecordingControls}, {@code clientSessionInfo}.
 */
public final class Call {
    final String callId;
    final String extTrackingId;
    final String networkCallId;
    final Personality personality;
    final CallState state;
    final ReleaseCause releaseCause;
    final ReleasingParty releasingParty;
    final PartyInfo remoteParty;
    final List<Redirection> redirections;
    final Redirect redirect;
    final Endpoint endpoint;
    final Integer appearance;
    final boolean allowAnswer;
    final boolean allowRetrieve;
    final String huntGroupUserId;
    final boolean diversionInhibited;
    final RecallType recallType;
    final long startTime;
    final Long answerTime;
    final Long heldTime;
    final Long totalHeldTime;
    final Long detachedTime;
    final Long releaseTime;
    final AcdCallInfo acdCallInfo;
    final boolean recorded;
    final RecordingState recordingState;
    final String executiveUserId;
    final PartyInfo recallFromParty;
    final String securityClassification;

    Call(CallBuilder b) {
        callId = Objects.requireNonNull(b.callId, "callId");
        extTrackingId = Objects.requireNonNull(b.extTrackingId, "extTrackingId");
        networkCallId = b.networkCallId;
        personality = Objects.requireNonNull(b.personality, "personality");
        state = Objects.requireNonNull(b.state, "state");
        releaseCause = b.releaseCause;
        releasingParty = b.releasingParty;
        remoteParty = b.remoteParty == null ? PartyInfo.EMPTY : b.remoteParty;
        redirections = List.copyOf(b.redirections);
        redirect = b.redirect;
        endpoint = b.endpoint;
        appearance = b.appearance;
        allowAnswer = b.allowAnswer;
        allowRetrieve = b.allowRetrieve;
        huntGroupUserId = b.huntGroupUserId;
        diversionInhibited = b.diversionInhibited;
        recallType = b.recallType;
        startTime = b.startTime;
        answerTime = b.answerTime;
        heldTime = b.heldTime;
        totalHeldTime = b.totalHeldTime;
        detachedTime = b.detachedTime;
        releaseTime = b.releaseTime;
        acdCallInfo = b.acdCallInfo;
        recorded = b.recorded;
        recordingState = b.recordingState;
        executiveUserId = b.executiveUserId;
        recallFromParty = b.recallFromParty;
        securityClassification = b.securityClassification;
    }

    /**
     * Starts building a call; personality and state default to {@link Personality#UNRECOGNIZED} and
     * {@link CallState#UNRECOGNIZED} until set.
     *
     * @param callId the user's call-half id, e.g. {@code callhalf-12215:0}
     * @param extTrackingId the call-session id, e.g. {@code 108:1}
     * @return a builder
     */
    public static CallBuilder builder(String callId, String extTrackingId) {
        return new CallBuilder(callId, extTrackingId);
    }

    /** @return a builder pre-filled with this call's values */
    public CallBuilder toBuilder() {
        return new CallBuilder(this);
    }

    /** @return the user's call-half id */
    public String callId() {
        return callId;
    }

    /** @return the call-session id shared by all parties */
    public String extTrackingId() {
        return extTrackingId;
    }

    /** @return the SIP Call-ID of the network leg */
    public Optional<String> networkCallId() {
        return Optional.ofNullable(networkCallId);
    }

    /** @return the user's role in the call */
    public Personality personality() {
        return personality;
    }

    /** @return the call half's state */
    public CallState state() {
        return state;
    }

    /** @return why the call failed, present only on failure */
    public Optional<ReleaseCause> releaseCause() {
        return Optional.ofNullable(releaseCause);
    }

    /** @return which side released the call */
    public Optional<ReleasingParty> releasingParty() {
        return Optional.ofNullable(releasingParty);
    }

    /** @return the other party; {@link PartyInfo#EMPTY} when nothing is known */
    public PartyInfo remoteParty() {
        return remoteParty;
    }

    /** @return the redirection history, oldest first; empty when none */
    public List<Redirection> redirections() {
        return redirections;
    }

    /** @return the latest redirection */
    public Optional<Redirect> redirect() {
        return Optional.ofNullable(redirect);
    }

    /** @return where the call is presented (device line or network location) */
    public Optional<Endpoint> endpoint() {
        return Optional.ofNullable(endpoint);
    }

    /** @return the shared-call-appearance index */
    public OptionalInt appearance() {
        return appearance == null ? OptionalInt.empty() : OptionalInt.of(appearance);
    }

    /** @return whether the call can be answered with {@code Talk} */
    public boolean allowAnswer() {
        return allowAnswer;
    }

    /** @return whether the held call can be retrieved */
    public boolean allowRetrieve() {
        return allowRetrieve;
    }

    /** @return the hunt group that delivered the call */
    public Optional<String> huntGroupUserId() {
        return Optional.ofNullable(huntGroupUserId);
    }

    /** @return whether diversion of the call is inhibited */
    public boolean diversionInhibited() {
        return diversionInhibited;
    }

    /** @return why the call came back to the user, for a recall */
    public Optional<RecallType> recallType() {
        return Optional.ofNullable(recallType);
    }

    /** @return when the call started, in milliseconds since the epoch */
    public long startTime() {
        return startTime;
    }

    /** @return when the call was first answered, in milliseconds since the epoch */
    public OptionalLong answerTime() {
        return optional(answerTime);
    }

    /** @return when the call was last held, in milliseconds since the epoch */
    public OptionalLong heldTime() {
        return optional(heldTime);
    }

    /** @return the total time the call has been held, in milliseconds */
    public OptionalLong totalHeldTime() {
        return optional(totalHeldTime);
    }

    /** @return when the user was detached from the call, in milliseconds since the epoch */
    public OptionalLong detachedTime() {
        return optional(detachedTime);
    }

    /** @return when the call was released, in milliseconds since the epoch */
    public OptionalLong releaseTime() {
        return optional(releaseTime);
    }

    /** @return call-center context, for a call delivered by a call center */
    public Optional<AcdCallInfo> acdCallInfo() {
        return Optional.ofNullable(acdCallInfo);
    }

    /** @return whether the call is being recorded */
    public boolean recorded() {
        return recorded;
    }

    /** @return the recording state */
    public Optional<RecordingState> recordingState() {
        return Optional.ofNullable(recordingState);
    }

    /** @return the executive on whose behalf the call is handled */
    public Optional<String> executiveUserId() {
        return Optional.ofNullable(executiveUserId);
    }

    /** @return the party the call was recalled from */
    public Optional<PartyInfo> recallFromParty() {
        return Optional.ofNullable(recallFromParty);
    }

    /** @return the call's security classification */
    public Optional<String> securityClassification() {
        return Optional.ofNullable(securityClassification);
    }

    private static OptionalLong optional(Long value) {
        return value == null ? OptionalLong.empty() : OptionalLong.of(value);
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof Call)) {
            return false;
        }
        Call c = (Call) o;
        return callId.equals(c.callId) && extTrackingId.equals(c.extTrackingId)
                && Objects.equals(networkCallId, c.networkCallId) && personality == c.personality && state == c.state
                && Objects.equals(releaseCause, c.releaseCause) && releasingParty == c.releasingParty
                && remoteParty.equals(c.remoteParty) && redirections.equals(c.redirections)
                && Objects.equals(redirect, c.redirect) && Objects.equals(endpoint, c.endpoint)
                && Objects.equals(appearance, c.appearance) && allowAnswer == c.allowAnswer
                && allowRetrieve == c.allowRetrieve && Objects.equals(huntGroupUserId, c.huntGroupUserId)
                && diversionInhibited == c.diversionInhibited && recallType == c.recallType
                && startTime == c.startTime && Objects.equals(answerTime, c.answerTime)
                && Objects.equals(heldTime, c.heldTime) && Objects.equals(totalHeldTime, c.totalHeldTime)
                && Objects.equals(detachedTime, c.detachedTime) && Objects.equals(releaseTime, c.releaseTime)
                && Objects.equals(acdCallInfo, c.acdCallInfo) && recorded == c.recorded
                && recordingState == c.recordingState && Objects.equals(executiveUserId, c.executiveUserId)
                && Objects.equals(recallFromParty, c.recallFromParty)
                && Objects.equals(securityClassification, c.securityClassification);
    }

    @Override
    public int hashCode() {
        return Objects.hash(callId, extTrackingId, personality, state, remoteParty, endpoint, startTime, answerTime,
                releaseTime);
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder("Call[").append(callId).append(", ext=").append(extTrackingId)
                .append(", ").append(personality).append(", ").append(state).append(", remote=").append(remoteParty);
        appendIfSet(s, "networkCallId", networkCallId);
        appendIfSet(s, "releaseCause", releaseCause);
        appendIfSet(s, "releasingParty", releasingParty);
        appendIfSet(s, "redirect", redirect);
        if (!redirections.isEmpty()) {
            s.append(", redirections=").append(redirections);
        }
        appendIfSet(s, "endpoint", endpoint);
        appendIfSet(s, "appearance", appearance);
        s.append(allowAnswer ? ", allowAnswer" : "").append(allowRetrieve ? ", allowRetrieve" : "")
                .append(diversionInhibited ? ", diversionInhibited" : "").append(recorded ? ", recorded" : "");
        appendIfSet(s, "huntGroup", huntGroupUserId);
        appendIfSet(s, "recallType", recallType);
        s.append(", start=").append(startTime);
        appendIfSet(s, "answer", answerTime);
        appendIfSet(s, "held", heldTime);
        appendIfSet(s, "totalHeld", totalHeldTime);
        appendIfSet(s, "detached", detachedTime);
        appendIfSet(s, "release", releaseTime);
        appendIfSet(s, "acd", acdCallInfo);
        appendIfSet(s, "recordingState", recordingState);
        appendIfSet(s, "executive", executiveUserId);
        appendIfSet(s, "recallFrom", recallFromParty);
        appendIfSet(s, "securityClassification", securityClassification);
        return s.append(']').toString();
    }

    private static void appendIfSet(StringBuilder s, String name, Object value) {
        if (value != null) {
            s.append(", ").append(name).append('=').append(value);
        }
    }
}
