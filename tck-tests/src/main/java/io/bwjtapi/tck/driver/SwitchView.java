package io.bwjtapi.tck.driver;

import java.util.List;
import java.util.Objects;

/**
 * The switch's ground truth, expressed in JTAPI terms by the driver: the calls an application observing
 * every local party should see, and the calls it may still see for a while.
 *
 * @param calls every call the switch knows that has at least one local party
 * @param unsyncedCalls calls the switch forgot without telling the implementation (a call server crash without
 *     resync), as they were when forgotten, whether or not they still exist physically; an implementation cannot
 *     know until something makes it resynchronise, so an application may still see them (whole or in part),
 *     but never after a recovery
 */
public record SwitchView(List<SwitchCall> calls, List<SwitchCall> unsyncedCalls) {
    public SwitchView {
        calls = List.copyOf(calls);
        unsyncedCalls = List.copyOf(unsyncedCalls);
    }

    /** One call at the switch. */
    public record SwitchCall(String handle, List<SwitchParty> localParties, int remoteParties) {
        public SwitchCall {
            Objects.requireNonNull(handle, "handle");
            localParties = List.copyOf(localParties);
        }
    }

    /**
     * A local party's part in a call, as the JTAPI objects should show it.
     *
     * @param party the driver's party id
     * @param connectionState the expected {@code Connection.getState()}
     * @param terminalConnectionState the expected {@code TerminalConnection.getState()} at the party's terminal
     * @param callControlTerminalConnectionState the expected {@code CallControlTerminalConnection} state
     */
    public record SwitchParty(String party, int connectionState, int terminalConnectionState,
            int callControlTerminalConnectionState) {
        public SwitchParty {
            Objects.requireNonNull(party, "party");
        }
    }
}
