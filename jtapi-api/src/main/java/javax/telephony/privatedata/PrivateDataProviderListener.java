package javax.telephony.privatedata;

import javax.telephony.ProviderListener;

/** TODO-DOC */
public interface PrivateDataProviderListener extends ProviderListener {
    /** TODO-DOC */
    void providerPrivateData(PrivateDataEvent privateDataEvent);
}
