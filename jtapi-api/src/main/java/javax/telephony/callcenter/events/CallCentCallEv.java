package javax.telephony.callcenter.events;

import javax.telephony.Address;
import javax.telephony.Terminal;
import javax.telephony.callcenter.CallCenterTrunk;
import javax.telephony.events.CallEv;

/** TODO-DOC @deprecated */
public interface CallCentCallEv extends CallCentEv, CallEv {
    /** TODO-DOC */
    Address getCalledAddress();

    /** TODO-DOC */
    Address getCallingAddress();

    /** TODO-DOC */
    Terminal getCallingTerminal();

    /** TODO-DOC */
    Address getLastRedirectedAddress();

    /** TODO-DOC @deprecated */
    CallCenterTrunk[] getTrunks();
}
