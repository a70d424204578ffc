package javax.telephony.callcontrol.events;

import javax.telephony.events.ConnEv;

/** TODO-DOC @deprecated */
public interface CallCtlConnEv extends CallCtlCallEv, ConnEv {
}
