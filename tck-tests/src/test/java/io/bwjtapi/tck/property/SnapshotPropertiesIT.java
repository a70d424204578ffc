package io.bwjtapi.tck.property;

import io.bwjtapi.tck.RequireProvider;
import io.bwjtapi.tck.scenario.Scenario;
import io.bwjtapi.tck.scenario.ScenarioArbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AddLifecycleHook;

/**
 * Whatever state the calls are in, an observer added to a call in progress receives as its first batch the
 * minimal META_SNAPSHOT batch (CAUSE_SNAPSHOT, the first event new-meta) that explains the call's present state,
 * and a listener the same between singleCallMetaSnapshotStarted and singleCallMetaSnapshotEnded; neither is
 * delivered inside the application's own call. All rules of {@link CallScenarioPropertiesIT} hold as well.
 */
@AddLifecycleHook(RequireProvider.class)
@AddLifecycleHook(TckPropertyAttributes.class)
@AddLifecycleHook(ReplayScriptHook.class)
class SnapshotPropertiesIT {
    @Property
    void lateObserversAndListenersGetMinimalSnapshots(@ForAll("snapshotScenarios") Scenario scenario)
            throws Exception {
        EndToEnd.runAndCheck(scenario);
    }

    @Provide
    Arbitrary<Scenario> snapshotScenarios() {
        return ScenarioArbitraries.withSnapshots(EndToEnd.SETTINGS.parties(), EndToEnd.SETTINGS.maxSteps());
    }
}
