package io.bwjtapi.simulator.control;

import io.bwjtapi.simulator.BroadWorksSimulator;
import io.bwjtapi.simulator.ChannelInfo;
import io.bwjtapi.simulator.XspStatus;
import io.bwjtapi.simulator.load.TrafficStats;
import io.bwjtapi.simulator.model.SwitchTruth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The body of {@code GET /control/state}.
 *
 * @param xsps every XSP with its port and health
 * @param primaryAsUp whether the primary Application Server runs
 * @param users number of users
 * @param channels the open event channels
 * @param subscriptions number of subscriptions
 * @param calls number of calls an AS knows
 * @param mediaOnlyCalls number of calls only the network still carries
 * @param undeliverableEvents events lost because their channel set had no channel
 * @param traffic the running traffic profile, or {@code null}
 * @param trafficStats traffic counters
 */
public record ControlState(List<XspStatus> xsps, boolean primaryAsUp, int users, List<ChannelInfo> channels,
        int subscriptions, int calls, int mediaOnlyCalls, long undeliverableEvents, Map<String, Object> traffic,
        TrafficStats trafficStats) {

    static ControlState of(BroadWorksSimulator sim) {
        List<XspStatus> xsps = new ArrayList<>();
        for (int i = 0; i < sim.xspBaseUris().size(); i++) {
            xsps.add(sim.xspStatus(i));
        }
        SwitchTruth truth = sim.truth();
        return new ControlState(xsps, truth.primaryUp(), sim.users().size(), sim.channels(),
                sim.subscriptions().size(), truth.calls().size(), truth.mediaOnlyCalls().size(),
                sim.undeliverableEvents(), sim.traffic().map(ControlApi::profile).orElse(null), sim.trafficStats());
    }
}
