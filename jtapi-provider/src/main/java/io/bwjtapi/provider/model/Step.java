package io.bwjtapi.provider.model;

import io.bwjtapi.provider.call.CallImpl;
import io.bwjtapi.provider.call.ConnectionImpl;
import io.bwjtapi.provider.event.Causes;
import io.bwjtapi.provider.spi.CallUpdate;
import io.bwjtapi.provider.spi.SwitchCause;
import java.util.function.Predicate;

/** One call's part of a group: apply an update (delta or complete), or clear the call. */
final class Step {
    final CallImpl call;
    final CallUpdate update;
    final Predicate<ConnectionImpl> completeScope;
    final SwitchCause missingCause;
    final Causes clearCauses;

    private Step(CallImpl call, CallUpdate update, Predicate<ConnectionImpl> completeScope, SwitchCause missingCause,
            Causes clearCauses) {
        this.call = call;
        this.update = update;
        this.completeScope = completeScope;
        this.missingCause = missingCause;
        this.clearCauses = clearCauses;
    }

    static Step delta(CallImpl call, CallUpdate update) {
        return new Step(call, update, null, SwitchCause.NORMAL, null);
    }

    static Step complete(CallImpl call, CallUpdate update, Predicate<ConnectionImpl> scope, SwitchCause missing) {
        return new Step(call, update, scope, missing, null);
    }

    static Step clear(CallImpl call, Causes causes) {
        return new Step(call, null, null, SwitchCause.NORMAL, causes);
    }
}
