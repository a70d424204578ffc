package io.bwjtapi.tck.driver;

import io.bwjtapi.simulator.model.CallState;
import io.bwjtapi.simulator.model.Personality;
import io.bwjtapi.simulator.model.TruthCall;
import io.bwjtapi.simulator.model.TruthHalf;
import io.bwjtapi.tck.driver.SwitchView.SwitchCall;
import io.bwjtapi.tck.driver.SwitchView.SwitchParty;
import java.util.ArrayList;
import java.util.List;
import javax.telephony.Connection;
import javax.telephony.TerminalConnection;
import javax.telephony.callcontrol.CallControlTerminalConnection;

/**
 * Expresses the simulator's ground truth in JTAPI terms, following the BroadWorks-to-JTAPI mapping of the
 * architecture: a user's alerting incoming half is an ALERTING connection with a RINGING terminal connection;
 * a half that dials, talks or is held by the far end is CONNECTED and TALKING; a half the user holds is
 * CONNECTED and HELD; detached and released halves have left the call. External halves are remote parties.
 */
final class SimulatorTruthMapper {
    private SimulatorTruthMapper() {
    }

    /** The calls with at least one local party still in them. */
    static List<SwitchCall> map(List<TruthCall> calls) {
        List<SwitchCall> out = new ArrayList<>();
        for (TruthCall call : calls) {
            List<SwitchParty> locals = new ArrayList<>();
            int remote = 0;
            for (TruthHalf half : call.halves()) {
                if (half.external()) {
                    remote += isPresent(half.state()) ? 1 : 0;
                } else {
                    SwitchParty party = party(half);
                    if (party != null) {
                        locals.add(party);
                    }
                }
            }
            if (!locals.isEmpty()) {
                out.add(new SwitchCall(call.extTrackingId(), locals, remote));
            }
        }
        return out;
    }

    private static SwitchParty party(TruthHalf half) {
        CallState state = half.state();
        if (!isPresent(state)) {
            return null;
        }
        if (state == CallState.ALERTING && half.personality() != Personality.ORIGINATOR) {
            return new SwitchParty(half.party(), Connection.ALERTING, TerminalConnection.RINGING,
                    CallControlTerminalConnection.RINGING);
        }
        int cc = state == CallState.HELD ? CallControlTerminalConnection.HELD : CallControlTerminalConnection.TALKING;
        return new SwitchParty(half.party(), Connection.CONNECTED, TerminalConnection.ACTIVE, cc);
    }

    private static boolean isPresent(CallState state) {
        return state == CallState.ALERTING || state == CallState.ACTIVE || state == CallState.HELD
                || state == CallState.REMOTE_HELD;
    }
}
