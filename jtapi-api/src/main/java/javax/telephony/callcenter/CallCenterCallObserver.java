package javax.telephony.callcenter;

import javax.telephony.CallObserver;

/** TODO-DOC @deprecated */
public interface CallCenterCallObserver extends CallObserver {
}
