package javax.telephony.callcontrol;

import javax.telephony.TerminalEvent;

/** TODO-DOC */
public interface CallControlTerminalEvent extends TerminalEvent, CallControlEvent {
    /** TODO-DOC */
    int CALLCTL_TERMINAL_EVENT_DO_NOT_DISTURB = 371;

    /** TODO-DOC */
    boolean getDoNotDisturbState();
}
