package javax.telephony.phone.capabilities;

import javax.telephony.Address;

/** TODO-DOC */
public interface ComponentGroupCapabilities {
    /** TODO-DOC */
    boolean canActivate();

    /** TODO-DOC */
    boolean canActivate(Address address);
}
