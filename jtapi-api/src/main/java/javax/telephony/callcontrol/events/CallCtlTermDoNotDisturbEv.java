package javax.telephony.callcontrol.events;

/**
 * Reports that the do-not-disturb setting of a {@link javax.telephony.callcontrol.CallControlTerminal}
 * changed, by the application or by anybody else.
 *
 * @deprecated since JTAPI 1.4; implement
 *     {@link javax.telephony.callcontrol.CallControlTerminalListener#terminalDoNotDisturb}, which receives a
 *     {@link javax.telephony.callcontrol.CallControlTerminalEvent} whose ID is
 *     {@code CALLCTL_TERMINAL_EVENT_DO_NOT_DISTURB}.
 */
public interface CallCtlTermDoNotDisturbEv extends CallCtlTermEv {
    /** The event ID of this event, as returned by {@link javax.telephony.events.Ev#getID()}. */
    int ID = 221;

    /**
     * Returns the terminal's do-not-disturb setting after the change.
     *
     * @return {@code true} when do-not-disturb is on
     */
    boolean getDoNotDisturbState();
}
