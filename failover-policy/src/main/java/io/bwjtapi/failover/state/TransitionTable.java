package io.bwjtapi.failover.state;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.Function;

/** Looks up the legal transition between two states of one machine. */
final class TransitionTable<S extends Enum<S>, T extends Enum<T>> {
    private final String machine;
    private final Map<S, Map<S, T>> byFrom;
    private final Class<S> stateType;

    TransitionTable(String machine, Class<S> stateType, T[] transitions, Function<T, S> from, Function<T, S> to) {
        this.machine = machine;
        this.stateType = stateType;
        this.byFrom = new EnumMap<>(stateType);
        for (T transition : transitions) {
            byFrom.computeIfAbsent(from.apply(transition), s -> new EnumMap<>(stateType))
                    .put(to.apply(transition), transition);
        }
    }

    T find(S from, S to) {
        return byFrom.getOrDefault(from, new EnumMap<>(stateType)).get(to);
    }

    T require(S from, S to) {
        T transition = find(from, to);
        if (transition == null) {
            throw new IllegalStateTransitionException(machine, from, to);
        }
        return transition;
    }
}
