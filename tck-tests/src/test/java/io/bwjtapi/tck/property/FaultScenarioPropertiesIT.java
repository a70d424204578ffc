package io.bwjtapi.tck.property;

import io.bwjtapi.tck.RequireProvider;
import io.bwjtapi.tck.TckSettings;
import io.bwjtapi.tck.driver.EnvironmentDriver;
import io.bwjtapi.tck.scenario.Scenario;
import io.bwjtapi.tck.scenario.ScenarioArbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AddLifecycleHook;

/**
 * Call actions mixed with every fault the environment supports: servers killed, partitioned and restored, call
 * server crashes with and without resync, deleted parties, duplicated and reordered events. Besides the rules of
 * {@link CallScenarioPropertiesIT}: failover sequences arrive in the contract's order (observation ended, then
 * devices, then the provider going down; the provider, then devices, then snapshots coming up); the applications
 * converge to the switch's truth after every fault and exactly after recovery (no stuck calls); observers and
 * listeners survive every outage.
 */
@AddLifecycleHook(RequireProvider.class)
@AddLifecycleHook(TckPropertyAttributes.class)
@AddLifecycleHook(ReplayScriptHook.class)
class FaultScenarioPropertiesIT {
    @Property
    void faultsAndRecoveryKeepTheApplicationsTrue(@ForAll("faultScenarios") Scenario scenario) throws Exception {
        EndToEnd.runAndCheck(scenario);
    }

    @Provide
    Arbitrary<Scenario> faultScenarios() {
        TckSettings settings = EndToEnd.SETTINGS;
        try (EnvironmentDriver probe = settings.driverFactory().start(settings.parties())) {
            return ScenarioArbitraries.withFaults(settings.parties(), probe.serverCount(), probe.supportedFaults(),
                    settings.maxSteps());
        }
    }
}
