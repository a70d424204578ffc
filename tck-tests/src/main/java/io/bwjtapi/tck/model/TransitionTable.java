package io.bwjtapi.tck.model;

import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * The states of one JTAPI object and the changes between them that the specification allows. A change from a
 * state to itself is never a transition: reporting it would be a duplicate.
 */
public final class TransitionTable {
    private final String name;
    private final Map<Integer, String> stateNames;
    private final Map<Integer, Set<Integer>> successors;

    private TransitionTable(Builder b) {
        this.name = b.name;
        this.stateNames = Collections.unmodifiableMap(new LinkedHashMap<>(b.stateNames));
        Map<Integer, Set<Integer>> copy = new LinkedHashMap<>();
        b.stateNames.keySet().forEach(s -> copy.put(s,
                Collections.unmodifiableSet(new LinkedHashSet<>(b.successors.getOrDefault(s, Set.of())))));
        this.successors = Collections.unmodifiableMap(copy);
    }

    /** Starts a table for the object called {@code name} (used in messages). */
    public static Builder builder(String name) {
        return new Builder(name);
    }

    /** The object this table is about, e.g. {@code Connection}. */
    public String name() {
        return name;
    }

    /** Every state, in declaration order. */
    public Set<Integer> states() {
        return stateNames.keySet();
    }

    /** Whether {@code state} is one of this table's states. */
    public boolean isState(int state) {
        return stateNames.containsKey(state);
    }

    /** The constant's name, e.g. {@code ALERTING}, or {@code ?<value>} for a value that is no state. */
    public String nameOf(int state) {
        String n = stateNames.get(state);
        return n == null ? "?" + state : n;
    }

    /** Whether the specification allows the object to move from {@code from} straight to {@code to}. */
    public boolean allows(int from, int to) {
        return from != to && successors.getOrDefault(from, Set.of()).contains(to);
    }

    /** The states the object may move to from {@code state}. */
    public Set<Integer> successorsOf(int state) {
        return successors.getOrDefault(state, Set.of());
    }

    /** Whether no transition leaves {@code state}. */
    public boolean isFinal(int state) {
        return successorsOf(state).isEmpty();
    }

    /** Whether {@code to} equals {@code from} or can be reached from it through allowed transitions. */
    public boolean reachable(int from, int to) {
        return reachable(from, to, false);
    }

    /**
     * As {@link #reachable(int, int)}, but without passing through {@code UNKNOWN}, from which the tables allow
     * almost anything: the changes an object can make while the implementation keeps track of it.
     */
    public boolean reachableWhileKnown(int from, int to) {
        return reachable(from, to, true);
    }

    private boolean reachable(int from, int to, boolean avoidUnknown) {
        Set<Integer> seen = new HashSet<>();
        Deque<Integer> work = new ArrayDeque<>();
        work.add(from);
        while (!work.isEmpty()) {
            int s = work.poll();
            if (s == to) {
                return true;
            }
            boolean passable = !avoidUnknown || s == from || !"UNKNOWN".equals(stateNames.get(s));
            if (seen.add(s) && passable) {
                work.addAll(successorsOf(s));
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return name + " transitions " + successors;
    }

    /** Collects states and transitions; states must be declared before they are used. */
    public static final class Builder {
        private final String name;
        private final Map<Integer, String> stateNames = new LinkedHashMap<>();
        private final Map<Integer, Set<Integer>> successors = new LinkedHashMap<>();

        private Builder(String name) {
            this.name = name;
        }

        /** Declares a state. */
        public Builder state(int value, String stateName) {
            if (stateNames.putIfAbsent(value, stateName) != null) {
                throw new IllegalArgumentException(name + ": state " + value + " declared twice");
            }
            return this;
        }

        /** Allows {@code from -> to} for every {@code to} given. */
        public Builder allow(int from, int... to) {
            require(from);
            for (int t : to) {
                require(t);
                if (t != from) {
                    successors.computeIfAbsent(from, k -> new LinkedHashSet<>()).add(t);
                }
            }
            return this;
        }

        /** Allows every declared state but {@code except} to move to {@code to}. */
        public Builder allowFromAllBut(int to, int... except) {
            Set<Integer> excluded = new HashSet<>();
            for (int e : except) {
                excluded.add(e);
            }
            stateNames.keySet().stream().filter(s -> !excluded.contains(s)).forEach(s -> allow(s, to));
            return this;
        }

        public TransitionTable build() {
            return new TransitionTable(this);
        }

        private void require(int state) {
            if (!stateNames.containsKey(state)) {
                throw new IllegalArgumentException(name + ": undeclared state " + state);
            }
        }
    }
}
