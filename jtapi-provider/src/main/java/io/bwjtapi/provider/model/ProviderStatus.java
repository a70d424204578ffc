package io.bwjtapi.provider.model;

import java.util.Map;
import java.util.Set;
import javax.telephony.Provider;

/**
 * The provider's life cycle: {@code OUT_OF_SERVICE <-> IN_SERVICE}, either to {@code SHUTDOWN} (final). The
 * transition table is data; {@link #moveTo(int)} refuses anything else. Changed on the model thread.
 */
public final class ProviderStatus {
    /** The legal transitions, from state to successors. */
    public static final Map<Integer, Set<Integer>> TRANSITIONS = Map.of(
            Provider.OUT_OF_SERVICE, Set.of(Provider.IN_SERVICE, Provider.SHUTDOWN),
            Provider.IN_SERVICE, Set.of(Provider.OUT_OF_SERVICE, Provider.SHUTDOWN),
            Provider.SHUTDOWN, Set.of());

    private volatile int state = Provider.OUT_OF_SERVICE;
    private volatile boolean everInService;

    /** @return the state */
    public int state() {
        return state;
    }

    /** @return whether the provider is in service */
    public boolean inService() {
        return state == Provider.IN_SERVICE;
    }

    /** @return whether the provider has been in service at least once */
    public boolean everInService() {
        return everInService;
    }

    /**
     * @param next the new state
     * @return {@code true} if the transition is legal and was made, {@code false} if it is not in the table
     */
    public boolean moveTo(int next) {
        if (!TRANSITIONS.get(state).contains(next)) {
            return false;
        }
        state = next;
        everInService |= next == Provider.IN_SERVICE;
        return true;
    }
}
