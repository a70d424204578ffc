package javax.telephony.callcenter.capabilities;

import javax.telephony.capabilities.AddressCapabilities;

/** TODO-DOC */
public interface CallCenterAddressCapabilities extends AddressCapabilities {
    /** TODO-DOC */
    boolean canAddCallObserver(boolean flag);
}
