package javax.telephony.callcenter.capabilities;

import javax.telephony.capabilities.AddressCapabilities;

/** TODO-DOC */
public interface RouteAddressCapabilities extends AddressCapabilities {
    /** TODO-DOC */
    boolean canRouteCalls();
}
