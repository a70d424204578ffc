package javax.telephony.callcontrol.events;

import javax.telephony.events.TermEv;

/** TODO-DOC @deprecated */
public interface CallCtlTermEv extends CallCtlEv, TermEv {
}
