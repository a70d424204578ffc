package io.bwjtapi.provider.event;

import io.bwjtapi.provider.call.CallImpl;
import io.bwjtapi.provider.call.CallInfo;
import io.bwjtapi.provider.call.ConnectionImpl;
import io.bwjtapi.provider.call.TerminalConnectionImpl;

/**
 * One change of the call model, recorded when the model thread applies it, before it is turned into the
 * observer and listener events of each recipient. It keeps the states and the call information of its moment,
 * so the events report what happened even when the objects have changed again.
 */
public final class Change {
    /** What changed. */
    public enum Kind {
        /** The call became active. */
        CALL_ACTIVE,
        /** The call became invalid. */
        CALL_INVALID,
        /** A connection was created. */
        CONNECTION_CREATED,
        /** A connection changed state. */
        CONNECTION_STATE,
        /** A terminal connection was created. */
        TERMINAL_CONNECTION_CREATED,
        /** A terminal connection changed state. */
        TERMINAL_CONNECTION_STATE
    }

    /** Marks a state that did not change. */
    public static final int UNCHANGED = -1;

    private final Kind kind;
    private final CallImpl call;
    private final ConnectionImpl connection;
    private final TerminalConnectionImpl terminalConnection;
    private final int coreState;
    private final int callControlState;
    private final int cause;
    private final int callControlCause;
    private final CallInfo info;

    private Change(Kind kind, CallImpl call, ConnectionImpl connection, TerminalConnectionImpl terminalConnection,
            int coreState, int callControlState, Causes causes) {
        this.kind = kind;
        this.call = call;
        this.connection = connection;
        this.terminalConnection = terminalConnection;
        this.coreState = coreState;
        this.callControlState = callControlState;
        this.cause = causes.core();
        this.callControlCause = causes.callControl();
        this.info = call.info();
    }

    /** @param call the call @param causes why @return the call became active */
    public static Change callActive(CallImpl call, Causes causes) {
        return new Change(Kind.CALL_ACTIVE, call, null, null, UNCHANGED, UNCHANGED, causes);
    }

    /** @param call the call @param causes why @return the call became invalid */
    public static Change callInvalid(CallImpl call, Causes causes) {
        return new Change(Kind.CALL_INVALID, call, null, null, UNCHANGED, UNCHANGED, causes);
    }

    /** @param connection the new connection @param causes why @return the connection was created */
    public static Change connectionCreated(ConnectionImpl connection, Causes causes) {
        return new Change(Kind.CONNECTION_CREATED, connection.call(), connection, null, UNCHANGED, UNCHANGED, causes);
    }

    /**
     * @param connection the connection
     * @param coreState its new core state, or {@link #UNCHANGED}
     * @param callControlState its new call-control state, or {@link #UNCHANGED}
     * @param causes why
     * @return the connection changed state
     */
    public static Change connectionState(ConnectionImpl connection, int coreState, int callControlState,
            Causes causes) {
        return new Change(Kind.CONNECTION_STATE, connection.call(), connection, null, coreState, callControlState,
                causes);
    }

    /** @param tc the new terminal connection @param causes why @return the terminal connection was created */
    public static Change terminalConnectionCreated(TerminalConnectionImpl tc, Causes causes) {
        return new Change(Kind.TERMINAL_CONNECTION_CREATED, tc.connection().call(), tc.connection(), tc, UNCHANGED,
                UNCHANGED, causes);
    }

    /**
     * @param tc the terminal connection
     * @param coreState its new core state, or {@link #UNCHANGED}
     * @param callControlState its new call-control state, or {@link #UNCHANGED}
     * @param causes why
     * @return the terminal connection changed state
     */
    public static Change terminalConnectionState(TerminalConnectionImpl tc, int coreState, int callControlState,
            Causes causes) {
        return new Change(Kind.TERMINAL_CONNECTION_STATE, tc.connection().call(), tc.connection(), tc, coreState,
                callControlState, causes);
    }

    /** @return what changed */
    public Kind kind() {
        return kind;
    }

    /** @return the call */
    public CallImpl call() {
        return call;
    }

    /** @return the connection, or {@code null} for call changes */
    public ConnectionImpl connection() {
        return connection;
    }

    /** @return the terminal connection, or {@code null} unless a terminal connection changed */
    public TerminalConnectionImpl terminalConnection() {
        return terminalConnection;
    }

    /** @return the new core state, or {@link #UNCHANGED} */
    public int coreState() {
        return coreState;
    }

    /** @return the new call-control state, or {@link #UNCHANGED} */
    public int callControlState() {
        return callControlState;
    }

    /** @return the core cause */
    public int cause() {
        return cause;
    }

    /** @return the call-control cause */
    public int callControlCause() {
        return callControlCause;
    }

    /** @return the call information at the moment of the change */
    public CallInfo info() {
        return info;
    }

    @Override
    public String toString() {
        return kind + (connection == null ? "" : " " + connection) + (terminalConnection == null ? "" : " "
                + terminalConnection) + " core=" + coreState + " cc=" + callControlState;
    }
}
