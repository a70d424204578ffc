package io.bwjtapi.tck.scenario;

import io.bwjtapi.tck.driver.ActionRefusedException;
import io.bwjtapi.tck.driver.CallHandle;
import io.bwjtapi.tck.driver.EnvironmentDriver;
import io.bwjtapi.tck.driver.Fault;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Carries out the switch side of scenario steps through an {@link EnvironmentDriver} and keeps track of what
 * the environment looks like (servers down, parties deleted) so that the kit knows what to expect. A refused
 * action, or one about a call that was never placed, is reported and skipped: generated scenarios are free to
 * ask for the impossible.
 */
final class StepExecutor {
    private final EnvironmentDriver driver;
    private final List<String> partyIds;
    private final Map<Integer, CallHandle> calls = new HashMap<>();
    private final Set<Integer> serversDown = new TreeSet<>();
    private final Set<String> deleted = new HashSet<>();

    StepExecutor(EnvironmentDriver driver) {
        this.driver = driver;
        this.partyIds = driver.parties().stream().map(p -> p.id()).toList();
    }

    /** Executes a switch step; returns what happened, for the transcript. */
    String execute(Step step) {
        try {
            return perform(step);
        } catch (ActionRefusedException e) {
            return "refused: " + e.getMessage();
        }
    }

    boolean allServersDown() {
        return serversDown.size() == driver.serverCount();
    }

    /** Whether a server is down or cut off, so that events may be late until the switch redelivers them. */
    boolean degraded() {
        return !serversDown.isEmpty();
    }

    /** Driver ids of the deleted parties. */
    Set<String> deleted() {
        return Set.copyOf(deleted);
    }

    /** Forgets the faults after the driver repaired them. */
    void recovered() {
        serversDown.clear();
    }

    private String perform(Step step) {
        if (step instanceof Step.Dial d) {
            CallHandle handle = d.from().equals(Step.EXTERNAL) ? driver.dialFromExternal(id(d.to()))
                    : driver.dial(id(d.from()), id(d.to()));
            calls.put(d.call(), handle);
            return "placed " + handle;
        } else if (step instanceof Step.Answer a) {
            return onCall(a.call(), h -> driver.answer(id(a.party()), h));
        } else if (step instanceof Step.HangUp h) {
            return onCall(h.call(), c -> driver.hangUp(id(h.party()), c));
        } else if (step instanceof Step.Hold h) {
            return onCall(h.call(), c -> driver.hold(id(h.party()), c));
        } else if (step instanceof Step.Retrieve r) {
            return onCall(r.call(), c -> driver.retrieve(id(r.party()), c));
        }
        return fault(step);
    }

    private String fault(Step step) {
        if (step instanceof Step.KillServer k) {
            return server(k.server(), new Fault.KillServer(k.server()), true);
        } else if (step instanceof Step.PartitionServer p) {
            return server(p.server(), new Fault.PartitionServer(p.server()), true);
        } else if (step instanceof Step.RestoreServer r) {
            return server(r.server(), new Fault.RestoreServer(r.server()), false);
        } else if (step instanceof Step.CrashCallServer c) {
            return inject(new Fault.CallServerCrash(c.resync()));
        } else if (step instanceof Step.RecoverCallServer) {
            return inject(new Fault.CallServerRecover());
        } else if (step instanceof Step.DeleteParty d) {
            String result = inject(new Fault.DeleteParty(id(d.party())));
            deleted.add(id(d.party()));
            return result;
        } else if (step instanceof Step.DuplicateEvents d) {
            return inject(new Fault.DuplicateEvents(d.count()));
        } else if (step instanceof Step.ReorderEvents r) {
            return inject(new Fault.ReorderEvents(r.count()));
        }
        throw new IllegalArgumentException("not a switch step: " + step);
    }

    private String server(int index, Fault fault, boolean down) {
        if (index >= driver.serverCount()) {
            return "skipped: the environment has " + driver.serverCount() + " servers";
        }
        String result = inject(fault);
        if (down) {
            serversDown.add(index);
        } else {
            serversDown.remove(index);
        }
        return result;
    }

    private String inject(Fault fault) {
        if (!driver.supportedFaults().contains(fault.getClass())) {
            return "skipped: the environment cannot inject " + fault.getClass().getSimpleName();
        }
        driver.inject(fault);
        return "injected " + fault;
    }

    private String onCall(int call, java.util.function.Consumer<CallHandle> action) {
        CallHandle handle = calls.get(call);
        if (handle == null) {
            return "skipped: c" + call + " was never placed";
        }
        action.accept(handle);
        return "done";
    }

    private String id(String party) {
        if (party.equals(Step.EXTERNAL)) {
            return EnvironmentDriver.EXTERNAL;
        }
        int index = Integer.parseInt(party.substring(1)) - 1;
        if (index >= partyIds.size()) {
            throw new IllegalArgumentException("the scenario names " + party + " but the environment has only "
                    + partyIds.size() + " parties (raise -Dtck.parties)");
        }
        return partyIds.get(index);
    }
}
