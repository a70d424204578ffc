package javax.telephony.callcenter.capabilities;

import javax.telephony.capabilities.AddressCapabilities;

/** TODO-DOC */
public interface ACDManagerAddressCapabilities extends AddressCapabilities {
    /** TODO-DOC */
    boolean canGetACDAddresses();
}
