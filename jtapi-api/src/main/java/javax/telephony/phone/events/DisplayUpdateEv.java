package javax.telephony.phone.events;

/**
 * Reports that the text shown on a {@link javax.telephony.phone.PhoneDisplay} changed (observer
 * model). The display is {@link #getComponent()}.
 *
 * @deprecated As of JTAPI 1.4, replaced by a {@link javax.telephony.phone.PhoneTerminalEvent} with ID
 *     {@link javax.telephony.phone.PhoneTerminalEvent#PHONE_TERMINAL_DISPLAY_UPDATE_EVENT}, delivered to
 *     {@link javax.telephony.phone.PhoneTerminalListener#terminalDisplayUpdated}.
 */
public interface DisplayUpdateEv extends PhoneTermEv {
    /** The event ID of this event, as returned by {@link #getID()}. */
    int ID = 502;

    /**
     * Returns the text the display showed after the change, from the given position to the end of its
     * row. Positions count from zero at the top-left corner, as in
     * {@link javax.telephony.phone.PhoneDisplay}.
     *
     * @param column the column to start at
     * @param row the row to read
     * @return the text shown from that position on, or {@code null} if the position lies outside the
     *     display
     */
    String getDisplay(int column, int row);
}
