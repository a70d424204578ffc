package javax.telephony.phone;

import javax.telephony.TerminalObserver;

/** TODO-DOC @deprecated */
public interface PhoneTerminalObserver extends TerminalObserver {
}
