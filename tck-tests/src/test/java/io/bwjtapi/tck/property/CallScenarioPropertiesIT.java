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
 * People place, answer, hold, retrieve and hang up calls; an observer application and a listener application
 * watch every local party. Every state change follows the specification's transition tables and agrees with
 * the object's state at delivery; each call's events come in an allowed order, without duplicates; both
 * applications tell the same story; after every step and at the end their views equal the switch's truth; and
 * a probe call after recovery shows that every registration survived.
 */
@AddLifecycleHook(RequireProvider.class)
@AddLifecycleHook(TckPropertyAttributes.class)
@AddLifecycleHook(ReplayScriptHook.class)
class CallScenarioPropertiesIT {
    @Property
    void callActionsKeepTheSpecificationAndTheTruth(@ForAll("callScenarios") Scenario scenario) throws Exception {
        EndToEnd.runAndCheck(scenario);
    }

    @Provide
    Arbitrary<Scenario> callScenarios() {
        return ScenarioArbitraries.callActions(EndToEnd.SETTINGS.parties(), EndToEnd.SETTINGS.maxSteps());
    }
}
