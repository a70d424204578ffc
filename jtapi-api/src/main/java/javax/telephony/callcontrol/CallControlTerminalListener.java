package javax.telephony.callcontrol;

import javax.telephony.TerminalListener;

/**
 * Receives the changes of a {@link CallControlTerminal}'s do-not-disturb setting. Being a
 * {@link TerminalListener}, it also receives the core terminal events.
 * <p>
 * Register it with {@link javax.telephony.Terminal#addTerminalListener}. The implementation calls the
 * method on its own delivery thread, one event at a time; it should return quickly. It replaces
 * {@link CallControlTerminalObserver}.
 */
public interface CallControlTerminalListener extends TerminalListener {
    /**
     * Called when the terminal's do-not-disturb setting changed.
     *
     * @param event the event, with ID {@link CallControlTerminalEvent#CALLCTL_TERMINAL_EVENT_DO_NOT_DISTURB};
     *     {@link CallControlTerminalEvent#getDoNotDisturbState()} gives the new setting
     */
    void terminalDoNotDisturb(CallControlTerminalEvent event);
}
