package io.bwjtapi.csta.translate;

/** What became of one Xsi event. */
public enum Outcome {
    /** The model was brought in line with the event (possibly without any CSTA event). */
    APPLIED,
    /** The event says nothing about calls (hook status, agent state, recording ...). */
    IGNORED,
    /** The event repeats one already applied (e.g. a second CallReceived for a known call half). */
    DUPLICATE,
    /** The event is older than what the model knows (e.g. about a call half that already left). */
    STALE,
    /** The event is about a call half the model does not know and cannot start from it. */
    UNKNOWN_CALL,
    /** The event could not be applied (an internal error, logged at WARN); the model is unchanged. */
    REJECTED
}
