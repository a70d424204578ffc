package javax.telephony.callcontrol.capabilities;

import javax.telephony.Address;
import javax.telephony.Connection;
import javax.telephony.TerminalConnection;
import javax.telephony.capabilities.TerminalCapabilities;

/** TODO-DOC */
public interface CallControlTerminalCapabilities extends TerminalCapabilities {
    /** TODO-DOC */
    boolean canGetDoNotDisturb();

    /** TODO-DOC @deprecated */
    boolean canPickup();

    /** TODO-DOC */
    boolean canPickup(Address address, Address address2);

    /** TODO-DOC */
    boolean canPickup(Connection connection, Address address);

    /** TODO-DOC */
    boolean canPickup(TerminalConnection terminalConnection, Address address);

    /** TODO-DOC @deprecated */
    boolean canPickupFromGroup();

    /** TODO-DOC */
    boolean canPickupFromGroup(String name, Address address);

    /** TODO-DOC */
    boolean canPickupFromGroup(Address address);

    /** TODO-DOC */
    boolean canSetDoNotDisturb();
}
