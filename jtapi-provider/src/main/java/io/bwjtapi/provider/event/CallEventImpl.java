package io.bwjtapi.provider.event;

import io.bwjtapi.provider.call.CallImpl;
import io.bwjtapi.provider.call.CallInfo;
import javax.telephony.Address;
import javax.telephony.Call;
import javax.telephony.MetaEvent;
import javax.telephony.Terminal;
import javax.telephony.callcontrol.CallControlCallEvent;

/**
 * A listener event about a call: call active, call invalid, end of transmission; the base of the connection
 * and terminal connection events. Always carries the call-control information, so call-control listeners get
 * it with every event.
 */
class CallEventImpl extends ListenerEvent implements CallControlCallEvent {
    private static final long serialVersionUID = 1L;

    private final transient CallImpl call;
    private final int callControlCause;
    private final transient CallInfo info;

    CallEventImpl(Object source, CallImpl call, int id, int cause, int callControlCause, CallInfo info,
            MetaEvent metaEvent) {
        super(source, id, cause, metaEvent);
        this.call = call;
        this.callControlCause = callControlCause;
        this.info = info;
    }

    @Override
    public Call getCall() {
        return call;
    }

    @Override
    public int getCallControlCause() {
        return callControlCause;
    }

    @Override
    public Address getCalledAddress() {
        return info.called();
    }

    @Override
    public Address getCallingAddress() {
        return info.calling();
    }

    @Override
    public Terminal getCallingTerminal() {
        return info.callingTerminal();
    }

    @Override
    public Address getLastRedirectedAddress() {
        return info.lastRedirected();
    }
}
