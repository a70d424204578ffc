package io.bwjtapi.simulator.fault;

import java.time.Duration;
import java.util.Objects;

/**
 * A failure the simulator can inject, named after what a client observes. Inject one with
 * {@code BroadWorksSimulator.inject(Fault)} or through the control API.
 */
public sealed interface Fault {
    /** A count meaning "until cleared". */
    int UNLIMITED = Integer.MAX_VALUE;

    /**
     * The primary Application Server crashes: its calls keep media but the secondary does not know them.
     *
     * @param resyncEvent whether each subscription of an affected user gets a CallSubscriptionResyncEvent;
     *     without it only a forced refresh reveals the loss
     */
    record AsCrash(boolean resyncEvent) implements Fault {
    }

    /** The primary Application Server is back; idle users re-home to it. */
    record AsRecover() implements Fault {
    }

    /** An XSP dies: its connections are reset and its port refuses connections. */
    record KillXsp(int index) implements Fault {
    }

    /** An XSP is cut off silently: it accepts nothing, sends nothing and resets nothing. */
    record PartitionXsp(int index) implements Fault {
    }

    /** A killed or partitioned XSP works again on the same port. */
    record RestoreXsp(int index) implements Fault {
    }

    /** A user is deleted: subscriptions to it end, its calls are released, its channels end. */
    record DeleteUser(String userId) implements Fault {
        public DeleteUser {
            Objects.requireNonNull(userId, "userId");
        }
    }

    /**
     * Each of the next {@code count} documents on event channels goes out as two chunks, as a re-chunking
     * proxy would send it (clients must not rely on one document per chunk).
     */
    record SplitChunks(int count) implements Fault {
    }

    /**
     * Writes arbitrary text as one chunk on a channel's stream (every channel when {@code channelId} is
     * {@code null}): malformed XML, unknown event types, hostile sizes. It is not recorded as an emitted
     * document, so schema checks of the simulator's own output stay meaningful.
     */
    record InjectChunk(String channelId, String content) implements Fault {
        public InjectChunk {
            Objects.requireNonNull(content, "content");
        }
    }

    /** The next {@code count} events in scope are lost (their sequence numbers are still used up). */
    record DropEvents(EventScope scope, int count) implements Fault {
    }

    /** The next {@code count} events in scope are sent twice. */
    record DuplicateEvents(EventScope scope, int count) implements Fault {
    }

    /** The next {@code count} events in scope are each held back and sent after the event that follows. */
    record ReorderEvents(EventScope scope, int count) implements Fault {
    }

    /** The next {@code count} events in scope are sent after a delay. */
    record DelayEvents(EventScope scope, Duration delay, int count) implements Fault {
    }

    /**
     * The next {@code count} requests that match are answered with the status and an ErrorInfo body,
     * without being processed.
     */
    record RespondStatus(RequestMatcher matcher, int status, int count) implements Fault {
        public RespondStatus {
            if (status < 100 || status > 599) {
                throw new IllegalArgumentException("bad HTTP status " + status);
            }
        }
    }

    /** The next {@code count} requests that match are processed but answered late (e.g. slow acknowledgement). */
    record DelayResponses(RequestMatcher matcher, Duration delay, int count) implements Fault {
    }
}
