package javax.telephony.callcontrol.capabilities;

import javax.telephony.capabilities.ConnectionCapabilities;

/** TODO-DOC */
public interface CallControlConnectionCapabilities extends ConnectionCapabilities {
    /** TODO-DOC */
    boolean canAccept();

    /** TODO-DOC */
    boolean canAddToAddress();

    /** TODO-DOC */
    boolean canPark();

    /** TODO-DOC */
    boolean canRedirect();

    /** TODO-DOC */
    boolean canReject();
}
