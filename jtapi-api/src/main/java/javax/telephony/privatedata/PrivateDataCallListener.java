package javax.telephony.privatedata;

import javax.telephony.CallListener;

/** TODO-DOC */
public interface PrivateDataCallListener extends CallListener {
    /** TODO-DOC */
    void callPrivateData(PrivateDataEvent privateDataEvent);
}
