package javax.telephony.phone.events;

/**
 * Reports that the info string of a {@link javax.telephony.phone.PhoneButton} changed (observer model).
 * The button is {@link #getComponent()}.
 *
 * @deprecated As of JTAPI 1.4, replaced by a {@link javax.telephony.phone.PhoneTerminalEvent} with ID
 *     {@link javax.telephony.phone.PhoneTerminalEvent#PHONE_TERMINAL_BUTTON_INFO_EVENT}, delivered to
 *     {@link javax.telephony.phone.PhoneTerminalListener#terminalButtonInfoChanged}.
 */
public interface ButtonInfoEv extends PhoneTermEv {
    /** The event ID of this event, as returned by {@link #getID()}. */
    int ID = 500;

    /**
     * Returns the button's info string after the change.
     *
     * @return the new info string
     */
    String getInfo();

    /**
     * Returns the button's info string before the change.
     *
     * @return the previous info string
     */
    String getOldInfo();
}
