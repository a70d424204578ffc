package javax.telephony.callcenter.capabilities;

import javax.telephony.capabilities.AddressCapabilities;

/** TODO-DOC */
public interface ACDAddressCapabilities extends AddressCapabilities {
    /** TODO-DOC */
    boolean canGetACDManagerAddress();

    /** TODO-DOC */
    boolean canGetLoggedOnAgents();

    /** TODO-DOC */
    boolean canGetNumberQueued();

    /** TODO-DOC */
    boolean canGetOldestCallQueued();

    /** TODO-DOC */
    boolean canGetQueueWaitTime();

    /** TODO-DOC */
    boolean canGetRelativeQueueLoad();
}
