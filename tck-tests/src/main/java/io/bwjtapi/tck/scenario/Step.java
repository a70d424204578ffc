package io.bwjtapi.tck.scenario;

import java.util.Objects;

/**
 * One step of a scenario, with every reference resolved: parties are {@code P1..Pn} (the driver's parties in
 * order) or {@code external}; calls are {@code c1, c2, ...} in the order the scenario places them. A step's
 * {@code toString()} is its line in a replay script (see {@link ScenarioScript}).
 */
public sealed interface Step {
    /** The name of the party outside the switch. */
    String EXTERNAL = "external";

    /** {@code c<call> = <from> dials <to>}: a local party places call number {@code call}. */
    record Dial(int call, String from, String to) implements Step {
        public Dial {
            requireParty(from);
            requireParty(to);
        }

        @Override
        public String toString() {
            return "c" + call + " = " + from + " dials " + to;
        }
    }

    /** {@code <party> answers c<call>}. */
    record Answer(int call, String party) implements Step {
        @Override
        public String toString() {
            return party + " answers c" + call;
        }
    }

    /** {@code <party> hangs up c<call>}. */
    record HangUp(int call, String party) implements Step {
        @Override
        public String toString() {
            return party + " hangs up c" + call;
        }
    }

    /** {@code <party> holds c<call>}. */
    record Hold(int call, String party) implements Step {
        @Override
        public String toString() {
            return party + " holds c" + call;
        }
    }

    /** {@code <party> retrieves c<call>}. */
    record Retrieve(int call, String party) implements Step {
        @Override
        public String toString() {
            return party + " retrieves c" + call;
        }
    }

    /** {@code kill server <n>}. */
    record KillServer(int server) implements Step {
        public KillServer {
            requireAtLeast(server, 0, "server index");
        }

        @Override
        public String toString() {
            return "kill server " + server;
        }
    }

    /** {@code partition server <n>}. */
    record PartitionServer(int server) implements Step {
        public PartitionServer {
            requireAtLeast(server, 0, "server index");
        }

        @Override
        public String toString() {
            return "partition server " + server;
        }
    }

    /** {@code restore server <n>}. */
    record RestoreServer(int server) implements Step {
        public RestoreServer {
            requireAtLeast(server, 0, "server index");
        }

        @Override
        public String toString() {
            return "restore server " + server;
        }
    }

    /** {@code crash call server with resync} or {@code ... without resync}. */
    record CrashCallServer(boolean resync) implements Step {
        @Override
        public String toString() {
            return "crash call server " + (resync ? "with" : "without") + " resync";
        }
    }

    /** {@code recover call server}. */
    record RecoverCallServer() implements Step {
        @Override
        public String toString() {
            return "recover call server";
        }
    }

    /** {@code delete <party>}. */
    record DeleteParty(String party) implements Step {
        public DeleteParty {
            requireParty(party);
            if (party.equals(EXTERNAL)) {
                throw new IllegalArgumentException("the external party cannot be deleted");
            }
        }

        @Override
        public String toString() {
            return "delete " + party;
        }
    }

    /** {@code duplicate next <n> events}. */
    record DuplicateEvents(int count) implements Step {
        public DuplicateEvents {
            requireAtLeast(count, 1, "event count");
        }

        @Override
        public String toString() {
            return "duplicate next " + count + " events";
        }
    }

    /** {@code reorder next <n> events}. */
    record ReorderEvents(int count) implements Step {
        public ReorderEvents {
            requireAtLeast(count, 1, "event count");
        }

        @Override
        public String toString() {
            return "reorder next " + count + " events";
        }
    }

    /** {@code observe calls}: a fresh observer and listener join every call in progress (snapshots). */
    record ObserveCalls() implements Step {
        @Override
        public String toString() {
            return "observe calls";
        }
    }

    /** {@code recover}: every fault is repaired and the application must converge to the switch's truth. */
    record Recover() implements Step {
        @Override
        public String toString() {
            return "recover";
        }
    }

    private static void requireAtLeast(int value, int min, String what) {
        if (value < min) {
            throw new IllegalArgumentException(what + " must be at least " + min + ": " + value);
        }
    }

    private static void requireParty(String party) {
        Objects.requireNonNull(party, "party");
        if (!party.equals(EXTERNAL) && !party.matches("P[1-9][0-9]*")) {
            throw new IllegalArgumentException("a party is P1, P2, ... or external: " + party);
        }
    }
}
