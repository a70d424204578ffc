package javax.telephony.mobile;

import javax.telephony.ProviderListener;

/** TODO-DOC */
public interface MobileProviderListener extends ProviderListener {
    /** TODO-DOC */
    void networkChanged(MobileProviderEvent mobileProviderEvent);

    /** TODO-DOC */
    void serviceRestricted(MobileProviderEvent mobileProviderEvent);
}
