package io.bwjtapi.provider.event;

import io.bwjtapi.provider.call.ConnectionImpl;
import io.bwjtapi.provider.call.CallInfo;
import javax.telephony.Connection;
import javax.telephony.MetaEvent;
import javax.telephony.callcontrol.CallControlConnectionEvent;

/** A listener event about a connection, with a core ({@code CONNECTION_*}) or call-control ID. */
final class ConnectionEventImpl extends CallEventImpl implements CallControlConnectionEvent {
    private static final long serialVersionUID = 1L;

    private final transient ConnectionImpl connection;

    ConnectionEventImpl(ConnectionImpl connection, int id, int cause, int callControlCause, CallInfo info,
            MetaEvent metaEvent) {
        super(connection, connection.call(), id, cause, callControlCause, info, metaEvent);
        this.connection = connection;
    }

    @Override
    public Connection getConnection() {
        return connection;
    }

    @Override
    public String getDigits() {
        return null;
    }

    @Override
    public int getNumberInQueue() {
        return 0;
    }
}
