package io.bwjtapi.broadworks.failover;

import io.bwjtapi.failover.XspEndpoint;
import io.bwjtapi.failover.fact.ChannelLost;
import io.bwjtapi.failover.fact.ChannelOpenFailed;
import io.bwjtapi.xsi.channel.ChannelCloseReason;
import io.bwjtapi.xsi.channel.ChannelOpenException;
import io.bwjtapi.xsi.channel.ChannelOpenFailure;
import io.bwjtapi.xsi.model.ChannelTerminatedReason;
import java.util.concurrent.CompletionException;

/** The backend's reasons in the failover policy's vocabulary. */
final class FactMapping {
    private FactMapping() {
    }

    /** @return how the channel ended, as the policy names it */
    static ChannelLost lost(XspEndpoint endpoint, ChannelCloseReason reason) {
        switch (reason.kind()) {
            case TERMINATED:
                return ChannelLost.terminated(endpoint,
                        terminated(reason.terminatedReason().orElse(ChannelTerminatedReason.UNRECOGNIZED)));
            case HEARTBEAT_404:
            case REFRESH_REJECTED:
                // The XSP no longer knows the channel.
                return ChannelLost.of(endpoint, ChannelLost.Kind.HEARTBEAT_NOT_FOUND);
            case EOF:
                return ChannelLost.of(endpoint, ChannelLost.Kind.EOF);
            default:
                return ChannelLost.of(endpoint, ChannelLost.Kind.RESET);
        }
    }

    private static ChannelLost.TerminatedReason terminated(ChannelTerminatedReason reason) {
        switch (reason) {
            case DUPLICATE_CHANNEL_SET: return ChannelLost.TerminatedReason.DUPLICATE_CHANNEL_SET;
            case USER_DELETED: return ChannelLost.TerminatedReason.USER_DELETED;
            case NON_RESPONSIVE_CHANNEL: return ChannelLost.TerminatedReason.NON_RESPONSIVE_CHANNEL;
            default: return ChannelLost.TerminatedReason.EXPLICIT_DELETE;
        }
    }

    /** @return why the open failed, as the policy names it */
    static ChannelOpenFailed openFailed(XspEndpoint endpoint, Throwable failure) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause()
                : failure;
        if (!(cause instanceof ChannelOpenException) || ((ChannelOpenException) cause).failure() == null) {
            return ChannelOpenFailed.of(endpoint, ChannelOpenFailed.Kind.RESET);
        }
        ChannelOpenFailure open = ((ChannelOpenException) cause).failure();
        switch (open.kind()) {
            case AUTH:
                return ChannelOpenFailed.of(endpoint, ChannelOpenFailed.Kind.AUTH_REJECTED);
            case REFUSED:
                return ChannelOpenFailed.of(endpoint, ChannelOpenFailed.Kind.REFUSED);
            case TIMEOUT:
                return ChannelOpenFailed.of(endpoint, ChannelOpenFailed.Kind.TIMEOUT);
            case HTTP_STATUS:
                return open.status() >= 400 && open.status() <= 599
                        ? ChannelOpenFailed.httpStatus(endpoint, open.status())
                        : ChannelOpenFailed.of(endpoint, ChannelOpenFailed.Kind.RESET);
            default:
                return ChannelOpenFailed.of(endpoint, ChannelOpenFailed.Kind.RESET);
        }
    }

    /** @return the status for a refused subscription: 400..599, or 0 for anything else (a transport failure) */
    static int refusalStatus(int httpStatus) {
        return httpStatus >= 400 && httpStatus <= 599 ? httpStatus : 0;
    }
}
