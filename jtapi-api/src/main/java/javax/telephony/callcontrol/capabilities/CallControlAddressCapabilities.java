package javax.telephony.callcontrol.capabilities;

import javax.telephony.capabilities.AddressCapabilities;

/** TODO-DOC */
public interface CallControlAddressCapabilities extends AddressCapabilities {
    /** TODO-DOC */
    boolean canCancelForwarding();

    /** TODO-DOC */
    boolean canGetDoNotDisturb();

    /** TODO-DOC */
    boolean canGetForwarding();

    /** TODO-DOC */
    boolean canGetMessageWaiting();

    /** TODO-DOC */
    boolean canSetDoNotDisturb();

    /** TODO-DOC */
    boolean canSetForwarding();

    /** TODO-DOC */
    boolean canSetMessageWaiting();
}
