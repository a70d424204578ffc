package io.bwjtapi.simulator.events;

import io.bwjtapi.simulator.engine.SwitchEvent;
import io.bwjtapi.simulator.model.CallSnapshot;
import io.bwjtapi.simulator.model.ConferenceSnapshot;
import io.bwjtapi.simulator.model.HookStatus;
import io.bwjtapi.simulator.model.SimUser;
import java.util.List;
import java.util.Optional;

/** The current state of a user that initial and resync events report. */
public interface SnapshotSource {

    /** The user's calls the serving AS knows. */
    List<CallSnapshot> calls(String userId);

    /** The conference the user controls, if any. */
    Optional<ConferenceSnapshot> conference(String userId);

    HookStatus hookStatus(String userId);

    /** The agent's current ACD state. */
    SwitchEvent.AgentChanged agentState(SimUser agent);

    /** The userId of the call center the agents belong to. */
    String callCenterId();
}
