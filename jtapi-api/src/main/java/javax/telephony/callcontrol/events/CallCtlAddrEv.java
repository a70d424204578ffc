package javax.telephony.callcontrol.events;

import javax.telephony.events.AddrEv;

/** TODO-DOC @deprecated */
public interface CallCtlAddrEv extends CallCtlEv, AddrEv {
}
