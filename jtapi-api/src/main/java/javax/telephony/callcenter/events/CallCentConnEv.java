package javax.telephony.callcenter.events;

import javax.telephony.events.ConnEv;

/** TODO-DOC @deprecated */
public interface CallCentConnEv extends CallCentCallEv, ConnEv {
}
