package javax.telephony.callcontrol;

import javax.telephony.TerminalListener;

/** TODO-DOC */
public interface CallControlTerminalListener extends TerminalListener {
    /** TODO-DOC */
    void terminalDoNotDisturb(CallControlTerminalEvent callControlTerminalEvent);
}
