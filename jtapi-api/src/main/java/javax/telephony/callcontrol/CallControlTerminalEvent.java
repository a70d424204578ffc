package javax.telephony.callcontrol;

import javax.telephony.TerminalEvent;

/**
 * Reports a change of a {@link CallControlTerminal} setting; the only one is do-not-disturb
 * ({@link #CALLCTL_TERMINAL_EVENT_DO_NOT_DISTURB}), delivered to
 * {@link CallControlTerminalListener#terminalDoNotDisturb}. JTAPI 1.2 observers receive
 * {@link javax.telephony.callcontrol.events.CallCtlTermDoNotDisturbEv} instead.
 */
public interface CallControlTerminalEvent extends TerminalEvent, CallControlEvent {
    /**
     * Event ID: the terminal's do-not-disturb setting changed; see {@link #getDoNotDisturbState()}.
     */
    int CALLCTL_TERMINAL_EVENT_DO_NOT_DISTURB = 371;

    /**
     * Returns the terminal's do-not-disturb setting after the change.
     *
     * @return {@code true} when do-not-disturb is on
     */
    boolean getDoNotDisturbState();
}
