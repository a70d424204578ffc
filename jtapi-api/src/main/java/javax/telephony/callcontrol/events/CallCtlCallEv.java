package javax.telephony.callcontrol.events;

import javax.telephony.Address;
import javax.telephony.Terminal;
import javax.telephony.events.CallEv;

/** TODO-DOC @deprecated */
public interface CallCtlCallEv extends CallCtlEv, CallEv {
    /** TODO-DOC */
    Address getCalledAddress();

    /** TODO-DOC */
    Address getCallingAddress();

    /** TODO-DOC */
    Terminal getCallingTerminal();

    /** TODO-DOC */
    Address getLastRedirectedAddress();
}
