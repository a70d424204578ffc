package javax.telephony.phone.events;

/**
 * Reports that a {@link javax.telephony.phone.PhoneButton} was pressed, by the user or through
 * {@link javax.telephony.phone.PhoneButton#buttonPress()} (observer model). The button is
 * {@link #getComponent()}.
 *
 * @deprecated As of JTAPI 1.4, replaced by a {@link javax.telephony.phone.PhoneTerminalEvent} with ID
 *     {@link javax.telephony.phone.PhoneTerminalEvent#PHONE_TERMINAL_BUTTON_PRESS_EVENT}, delivered to
 *     {@link javax.telephony.phone.PhoneTerminalListener#terminalButtonPressed}.
 */
public interface ButtonPressEv extends PhoneTermEv {
    /** The event ID of this event, as returned by {@link #getID()}. */
    int ID = 501;

    /**
     * Returns the info string of the pressed button, which identifies it (for example {@code "5"} or
     * {@code "Hold"}).
     *
     * @return the button's info string
     */
    String getInfo();
}
