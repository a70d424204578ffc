package io.bwjtapi.simulator.engine;

import io.bwjtapi.simulator.model.AgentState;
import io.bwjtapi.simulator.model.ForwardingCondition;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** Per-user service settings that change how calls are routed: busy, call forwarding, agent ACD state. */
public final class UserSettings {
    /** A Call Center agent's current ACD state. */
    public record AgentStatus(AgentState state, String unavailableCode, long since, long signedInAt) {
    }

    private final Set<String> busy = new HashSet<>();
    private final Map<String, EnumMap<ForwardingCondition, String>> forwarding = new HashMap<>();
    private final Map<String, AgentStatus> agents = new HashMap<>();

    public boolean isBusy(String userId) {
        return busy.contains(userId);
    }

    public void setBusy(String userId, boolean value) {
        if (value) {
            busy.add(userId);
        } else {
            busy.remove(userId);
        }
    }

    /** Returns the forwarding destination for the condition, or {@code null} when not forwarded. */
    public String forwarding(String userId, ForwardingCondition condition) {
        EnumMap<ForwardingCondition, String> rules = forwarding.get(userId);
        return rules == null ? null : rules.get(condition);
    }

    /** Sets or (with {@code null}) clears a forwarding destination. */
    public void setForwarding(String userId, ForwardingCondition condition, String destination) {
        EnumMap<ForwardingCondition, String> rules =
                forwarding.computeIfAbsent(userId, k -> new EnumMap<>(ForwardingCondition.class));
        if (destination == null) {
            rules.remove(condition);
        } else {
            rules.put(condition, destination);
        }
    }

    /** Returns an agent's ACD state; agents start signed in and available. */
    public AgentStatus agent(String userId, long now) {
        return agents.computeIfAbsent(userId, k -> new AgentStatus(AgentState.AVAILABLE, null, now, now));
    }

    public void setAgent(String userId, AgentStatus status) {
        agents.put(userId, status);
    }

    /** Forgets everything about a deleted user. */
    public void remove(String userId) {
        busy.remove(userId);
        forwarding.remove(userId);
        agents.remove(userId);
    }
}
