package javax.telephony.privatedata;

import javax.telephony.TerminalListener;

/** TODO-DOC */
public interface PrivateDataTerminalListener extends TerminalListener {
    /** TODO-DOC */
    void terminalPrivateData(PrivateDataEvent privateDataEvent);
}
