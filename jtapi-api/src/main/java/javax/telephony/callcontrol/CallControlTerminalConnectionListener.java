package javax.telephony.callcontrol;

import javax.telephony.TerminalConnectionListener;

/** TODO-DOC */
public interface CallControlTerminalConnectionListener extends TerminalConnectionListener, CallControlConnectionListener {
    /** TODO-DOC */
    void terminalConnectionBridged(CallControlTerminalConnectionEvent callControlTerminalConnectionEvent);

    /** TODO-DOC */
    void terminalConnectionDropped(CallControlTerminalConnectionEvent callControlTerminalConnectionEvent);

    /** TODO-DOC */
    void terminalConnectionHeld(CallControlTerminalConnectionEvent callControlTerminalConnectionEvent);

    /** TODO-DOC */
    void terminalConnectionInUse(CallControlTerminalConnectionEvent callControlTerminalConnectionEvent);

    /** TODO-DOC */
    void terminalConnectionRinging(CallControlTerminalConnectionEvent callControlTerminalConnectionEvent);

    /** TODO-DOC */
    void terminalConnectionTalking(CallControlTerminalConnectionEvent callControlTerminalConnectionEvent);

    /** TODO-DOC */
    void terminalConnectionUnknown(CallControlTerminalConnectionEvent callControlTerminalConnectionEvent);
}
