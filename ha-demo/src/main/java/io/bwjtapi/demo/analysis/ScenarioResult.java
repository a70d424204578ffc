package io.bwjtapi.demo.analysis;

import java.util.List;
import java.util.OptionalLong;

/**
 * What the application saw during one injected fault, with times in milliseconds since the demo started.
 *
 * @param title the fault, e.g. {@code silent partition of both XSPs}
 * @param expectation what the failover contract promises
 * @param injectedAt when the fault was injected
 * @param repairedAt when it was repaired, if the demo repaired it
 * @param endAt the end of the window the numbers cover
 * @param detectedAt the first failover event the application saw
 * @param outOfServiceAt when the provider went out of service
 * @param inServiceAt when the provider came back in service
 * @param devicesBackAt the last device in-service event
 * @param devicesOut addresses that went out of service
 * @param observationsEnded calls whose observation ended because of the fault
 * @param snapshots calls reported again by a snapshot
 * @param cleared calls whose observation ended and that never came back: ended meanwhile, or unknown to BroadWorks
 * @param differences how the application's view differed from the switch afterwards (empty: it agreed)
 * @param problems where the application's experience broke the contract (empty: it kept it)
 * @param providerDetectedAt when the provider itself detected the loss (its own timeline, read from JMX)
 */
public record ScenarioResult(String title, Expectation expectation, long injectedAt, OptionalLong repairedAt,
        long endAt, OptionalLong detectedAt, OptionalLong outOfServiceAt, OptionalLong inServiceAt,
        OptionalLong devicesBackAt, int devicesOut, int observationsEnded, int snapshots, int cleared,
        List<String> differences, List<String> problems, OptionalLong providerDetectedAt) {

    /** @param at when the provider detected the loss, by its own timeline @return this result with it */
    public ScenarioResult withProviderDetection(OptionalLong at) {
        return new ScenarioResult(title, expectation, injectedAt, repairedAt, endAt, detectedAt, outOfServiceAt,
                inServiceAt, devicesBackAt, devicesOut, observationsEnded, snapshots, cleared, differences, problems,
                at);
    }

    /**
     * @return where "every address in service" is counted from: the injection for an Application Server failover
     *     (the provider stays in service), else the repair
     */
    public long devicesBackFrom() {
        return expectation == Expectation.DEVICE_CYCLE ? injectedAt : repairedAt.orElse(injectedAt);
    }

    /** @return whether the application saw what the failover contract promises */
    public boolean kept() {
        return problems.isEmpty();
    }
}
