package io.bwjtapi.tck.scenario;

/**
 * A generated step before its references are resolved: a kind and two numbers whose meaning depends on the
 * kind (party index, call index, side, server index, count). Generation and shrinking work on raw steps;
 * {@link ScenarioResolver} turns a list of them into a {@link Scenario} whose references all hold.
 *
 * @param kind what to do
 * @param a the first number
 * @param b the second number
 */
public record RawStep(Kind kind, int a, int b) {
    /** What a raw step does, and what its numbers mean. */
    public enum Kind {
        /** a: caller index; b: callee index, or negative for an external number. */
        DIAL,
        /** a: the local callee's index; an external number calls. */
        DIAL_IN,
        /** a: call index (modulo the calls placed so far); the callee answers. */
        ANSWER,
        /** a: call index; b: 0 for the caller's side, 1 for the callee's. */
        HANG_UP,
        /** a: call index; b: side; a local party of the call holds it. */
        HOLD,
        /** a: call index; b: side; a local party of the call retrieves it. */
        RETRIEVE,
        /** a: server index. */
        KILL_SERVER,
        /** a: server index. */
        PARTITION_SERVER,
        /** a: server index. */
        RESTORE_SERVER,
        /** a: 1 with a resync event, 0 without. */
        CRASH_CALL_SERVER,
        RECOVER_CALL_SERVER,
        /** a: party index. */
        DELETE_PARTY,
        /** a: how many events. */
        DUPLICATE_EVENTS,
        /** a: how many events. */
        REORDER_EVENTS,
        OBSERVE_CALLS,
        RECOVER
    }
}
