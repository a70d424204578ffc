package javax.telephony.callcontrol.events;

import javax.telephony.callcontrol.CallControlForwarding;

/** TODO-DOC @deprecated */
public interface CallCtlAddrForwardEv extends CallCtlAddrEv {
    /** TODO-DOC */
    int ID = 201;

    /** TODO-DOC */
    CallControlForwarding[] getForwarding();
}
