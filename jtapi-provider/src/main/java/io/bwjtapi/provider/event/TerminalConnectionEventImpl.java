package io.bwjtapi.provider.event;

import io.bwjtapi.provider.call.CallInfo;
import io.bwjtapi.provider.call.TerminalConnectionImpl;
import javax.telephony.MetaEvent;
import javax.telephony.TerminalConnection;
import javax.telephony.callcontrol.CallControlTerminalConnectionEvent;

/** A listener event about a terminal connection, with a core or call-control ID. */
final class TerminalConnectionEventImpl extends CallEventImpl implements CallControlTerminalConnectionEvent {
    private static final long serialVersionUID = 1L;

    private final transient TerminalConnectionImpl terminalConnection;

    TerminalConnectionEventImpl(TerminalConnectionImpl terminalConnection, int id, int cause, int callControlCause,
            CallInfo info, MetaEvent metaEvent) {
        super(terminalConnection, terminalConnection.connection().call(), id, cause, callControlCause, info,
                metaEvent);
        this.terminalConnection = terminalConnection;
    }

    @Override
    public TerminalConnection getTerminalConnection() {
        return terminalConnection;
    }
}
