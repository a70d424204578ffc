package io.bwjtapi.tck.driver;

import java.util.Objects;

/**
 * A failure an {@link EnvironmentDriver} can inject, named by what the implementation under test
 * experiences. A driver lists the kinds it supports in {@link EnvironmentDriver#supportedFaults()}.
 */
public sealed interface Fault {
    /** A server the implementation connects to dies: connections reset, the port refuses. */
    record KillServer(int index) implements Fault {
    }

    /** A server is cut off silently: nothing arrives, nothing is reset. */
    record PartitionServer(int index) implements Fault {
    }

    /** A killed or partitioned server works again. */
    record RestoreServer(int index) implements Fault {
    }

    /**
     * The server that hosts the calls crashes and its standby takes over without knowing the calls.
     *
     * @param resyncEvent whether the switch tells the implementation that the affected users need a resync
     */
    record CallServerCrash(boolean resyncEvent) implements Fault {
    }

    /** The crashed call server is back. */
    record CallServerRecover() implements Fault {
    }

    /** A local party is deleted from the switch. */
    record DeleteParty(String party) implements Fault {
        public DeleteParty {
            Objects.requireNonNull(party, "party");
        }
    }

    /** The next {@code count} events the switch sends are sent twice. */
    record DuplicateEvents(int count) implements Fault {
    }

    /** The next {@code count} events the switch sends are each held back behind the event that follows. */
    record ReorderEvents(int count) implements Fault {
    }
}
