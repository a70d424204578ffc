package javax.telephony.callcenter.capabilities;

import javax.telephony.capabilities.ProviderCapabilities;

/** TODO-DOC */
public interface CallCenterProviderCapabilities extends ProviderCapabilities {
    /** TODO-DOC */
    boolean canGetACDAddresses();

    /** TODO-DOC */
    boolean canGetACDManagerAddresses();

    /** TODO-DOC */
    boolean canGetRouteableAddresses();
}
