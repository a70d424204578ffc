package javax.telephony.callcontrol;

import javax.telephony.Address;
import javax.telephony.CallEvent;
import javax.telephony.Terminal;

/** TODO-DOC */
public interface CallControlCallEvent extends CallEvent, CallControlEvent {
    /** TODO-DOC */
    Address getCalledAddress();

    /** TODO-DOC */
    Address getCallingAddress();

    /** TODO-DOC */
    Terminal getCallingTerminal();

    /** TODO-DOC */
    Address getLastRedirectedAddress();
}
