package javax.telephony.phone.events;

/**
 * Reports that the mode of a {@link javax.telephony.phone.PhoneLamp} changed (observer model). The lamp
 * is {@link #getComponent()}.
 *
 * @deprecated As of JTAPI 1.4, replaced by a {@link javax.telephony.phone.PhoneTerminalEvent} with ID
 *     {@link javax.telephony.phone.PhoneTerminalEvent#PHONE_TERMINAL_LAMP_MODE_EVENT}, delivered to
 *     {@link javax.telephony.phone.PhoneTerminalListener#terminalLampModeChanged}.
 */
public interface LampModeEv extends PhoneTermEv {
    /** The event ID of this event, as returned by {@link #getID()}. */
    int ID = 504;

    /**
     * Returns the lamp mode after the change.
     *
     * @return one of the {@code PhoneLamp.LAMPMODE_*} constants
     */
    int getMode();
}
