package io.bwjtapi.tck.driver;

import io.bwjtapi.simulator.BroadWorksSimulator;
import io.bwjtapi.simulator.fault.EventScope;
import io.bwjtapi.simulator.model.TruthCall;
import java.util.Set;
import java.util.stream.Collectors;

/** Injects the kit's {@link Fault}s into the BroadWorks simulator. */
final class SimulatorFaults {
    private SimulatorFaults() {
    }

    static void inject(BroadWorksSimulator simulator, Fault fault, SilentCrashes silentCrashes) {
        if (fault instanceof Fault.KillServer f) {
            simulator.killXsp(f.index());
        } else if (fault instanceof Fault.PartitionServer f) {
            simulator.partitionXsp(f.index());
        } else if (fault instanceof Fault.RestoreServer f) {
            restore(simulator, f.index());
        } else if (fault instanceof Fault.CallServerCrash f) {
            Set<String> before = simulator.truth().mediaOnlyCalls().stream().map(TruthCall::extTrackingId)
                    .collect(Collectors.toSet());
            simulator.asCrash(f.resyncEvent());
            if (!f.resyncEvent()) {
                silentCrashes.crashed(simulator.truth(), before);
            }
        } else if (fault instanceof Fault.CallServerRecover) {
            simulator.asRecover();
        } else if (fault instanceof Fault.DeleteParty f) {
            simulator.deleteUser(f.party());
        } else if (fault instanceof Fault.DuplicateEvents f) {
            simulator.duplicateEvents(EventScope.ALL, f.count());
        } else if (fault instanceof Fault.ReorderEvents f) {
            simulator.reorderEvents(EventScope.ALL, f.count());
        } else {
            throw new IllegalArgumentException("unsupported fault " + fault);
        }
    }

    /** Restores an XSP on its port; another socket may have taken the port meanwhile, which is no test result. */
    static void restore(BroadWorksSimulator simulator, int index) {
        try {
            simulator.restoreXsp(index);
        } catch (Exception e) {
            // Also catches a failed bind, which Netty reports as a java.net.BindException it does not declare.
            throw new EnvironmentFailure("XSP " + index + " could not be restored on its port", e);
        }
    }
}
