package javax.telephony.callcontrol.events;

import javax.telephony.events.TermConnEv;

/** TODO-DOC @deprecated */
public interface CallCtlTermConnEv extends CallCtlCallEv, TermConnEv {
}
