package javax.telephony.callcontrol.capabilities;

import javax.telephony.capabilities.TerminalConnectionCapabilities;

/** TODO-DOC */
public interface CallControlTerminalConnectionCapabilities extends TerminalConnectionCapabilities {
    /** TODO-DOC */
    boolean canHold();

    /** TODO-DOC */
    boolean canJoin();

    /** TODO-DOC */
    boolean canLeave();

    /** TODO-DOC */
    boolean canUnhold();
}
