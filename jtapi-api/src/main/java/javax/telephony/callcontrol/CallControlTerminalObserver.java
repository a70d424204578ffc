package javax.telephony.callcontrol;

import javax.telephony.TerminalObserver;

/** TODO-DOC @deprecated */
public interface CallControlTerminalObserver extends TerminalObserver {
}
