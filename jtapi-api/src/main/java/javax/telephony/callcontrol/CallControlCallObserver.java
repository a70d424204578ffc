package javax.telephony.callcontrol;

import javax.telephony.CallObserver;

/** TODO-DOC @deprecated */
public interface CallControlCallObserver extends CallObserver {
}
