package io.bwjtapi.csta.translate;

import io.bwjtapi.csta.event.EventCause;
import io.bwjtapi.xsi.model.Call;
import io.bwjtapi.xsi.model.InternalReleaseCause;
import io.bwjtapi.xsi.model.RedirectReason;
import io.bwjtapi.xsi.model.Redirection;
import java.util.List;

/** Maps BroadWorks reasons to ECMA-269 event causes. */
final class Causes {
    private Causes() {
    }

    /** The cause of a redirection. */
    static EventCause ofRedirect(RedirectReason reason) {
        switch (reason) {
            case UNCONDITIONAL:
                return EventCause.CALL_FORWARD_IMMEDIATE;
            case USER_BUSY:
                return EventCause.CALL_FORWARD_BUSY;
            case NO_ANSWER:
                return EventCause.CALL_FORWARD_NO_ANSWER;
            case DEFLECTION:
                return EventCause.REDIRECTED;
            case TRANSFER:
                return EventCause.SINGLE_STEP_TRANSFER;
            case DO_NOT_DISTURB:
                return EventCause.DO_NOT_DISTURB;
            case HUNT_GROUP:
            case CALL_CENTER:
            case ROUTE_POINT:
                return EventCause.DISTRIBUTED;
            default:
                return EventCause.CALL_FORWARD;
        }
    }

    /** The cause of a call that arrives: its latest redirection, if it was redirected. */
    static EventCause ofHistory(Call call, EventCause otherwise) {
        List<Redirection> history = call.redirections();
        if (history.isEmpty()) {
            return otherwise;
        }
        return history.get(history.size() - 1).reason().map(Causes::ofRedirect).orElse(EventCause.REDIRECTED);
    }

    /** The cause of a failed call, from its release cause. */
    static EventCause ofRelease(InternalReleaseCause cause) {
        switch (cause) {
            case BUSY:
                return EventCause.BUSY;
            case FORBIDDEN:
            case INSUFFICIENT_CREDITS:
                return EventCause.BLOCKED;
            case ROUTING_FAILURE:
            case GLOBAL_FAILURE:
            case REQUEST_FAILURE:
            case TEMPORARILY_UNAVAILABLE:
                return EventCause.DEST_NOT_OBTAINABLE;
            case SERVER_FAILURE:
                return EventCause.NETWORK_OUT_OF_ORDER;
            case TRANSLATION_FAILURE:
                return EventCause.INVALID_NUMBER_FORMAT;
            case USER_NOT_FOUND:
                return EventCause.NUMBER_UNALLOCATED;
            case REQUEST_TIMEOUT:
                return EventCause.CALL_NOT_ANSWERED;
            case DIAL_TONE_TIMEOUT:
                return EventCause.TIMEOUT;
            default:
                return EventCause.NETWORK_SIGNAL;
        }
    }
}
