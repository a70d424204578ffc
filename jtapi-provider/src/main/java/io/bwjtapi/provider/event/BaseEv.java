package io.bwjtapi.provider.event;

import io.bwjtapi.provider.call.CallImpl;
import io.bwjtapi.provider.call.ConnectionImpl;
import io.bwjtapi.provider.call.TerminalConnectionImpl;
import javax.telephony.Address;
import javax.telephony.Call;
import javax.telephony.Connection;
import javax.telephony.Terminal;
import javax.telephony.TerminalConnection;
import javax.telephony.events.CallEv;
import javax.telephony.events.Ev;

/** The common part of every observer event: causes, meta code and the new-meta flag. */
abstract class BaseEv implements Ev {
    private final EvContext context;

    BaseEv(EvContext context) {
        this.context = context;
    }

    @Override
    public int getCause() {
        return context.cause();
    }

    @Override
    public int getMetaCode() {
        return context.metaCode();
    }

    @Override
    public boolean isNewMetaEvent() {
        return context.newMeta();
    }

    /** @return the call-control cause (for the call-control events) */
    public int getCallControlCause() {
        return context.callControlCause();
    }

    EvContext context() {
        return context;
    }

    @Override
    public String toString() {
        String name = getClass().getName();
        return name.substring(name.lastIndexOf('.') + 1).replace('$', '.') + "[id=" + getID() + ", cause="
                + getCause() + ", meta=" + getMetaCode() + (isNewMetaEvent() ? ", new" : "") + ", " + subject() + "]";
    }

    abstract Object subject();

    /** The common part of the events about a call and its parts, including the call-control information. */
    abstract static class OfCall extends BaseEv implements CallEv {
        private final CallImpl call;

        OfCall(EvContext context, CallImpl call) {
            super(context);
            this.call = call;
        }

        @Override
        public Call getCall() {
            return call;
        }

        @Override
        public Object getObserved() {
            return call;
        }

        @Override
        Object subject() {
            return call;
        }

        /** @return the called address at the time of the event */
        public Address getCalledAddress() {
            return context().info().called();
        }

        /** @return the calling address at the time of the event */
        public Address getCallingAddress() {
            return context().info().calling();
        }

        /** @return the calling terminal at the time of the event */
        public Terminal getCallingTerminal() {
            return context().info().callingTerminal();
        }

        /** @return the last redirecting address at the time of the event */
        public Address getLastRedirectedAddress() {
            return context().info().lastRedirected();
        }
    }

    /** The common part of the events about a connection (core and call control). */
    abstract static class OfConnection extends OfCall {
        private final ConnectionImpl connection;

        OfConnection(EvContext context, ConnectionImpl connection) {
            super(context, connection.call());
            this.connection = connection;
        }

        /** @return the connection */
        public Connection getConnection() {
            return connection;
        }

        @Override
        Object subject() {
            return connection;
        }
    }

    /** The common part of the events about a terminal connection (core and call control). */
    abstract static class OfTerminalConnection extends OfCall {
        private final TerminalConnectionImpl terminalConnection;

        OfTerminalConnection(EvContext context, TerminalConnectionImpl terminalConnection) {
            super(context, terminalConnection.connection().call());
            this.terminalConnection = terminalConnection;
        }

        /** @return the terminal connection */
        public TerminalConnection getTerminalConnection() {
            return terminalConnection;
        }

        @Override
        Object subject() {
            return terminalConnection;
        }
    }
}
