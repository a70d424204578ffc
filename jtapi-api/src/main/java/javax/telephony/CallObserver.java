package javax.telephony;

import javax.telephony.events.CallEv;

/** TODO-DOC @deprecated */
public interface CallObserver {
    /** TODO-DOC */
    void callChangedEvent(CallEv[] callEvs);
}
