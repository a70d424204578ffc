package javax.telephony.phone.events;

/**
 * Reports that the pattern of a {@link javax.telephony.phone.PhoneRinger} changed (observer model).
 * The ringer is {@link #getComponent()}.
 *
 * @deprecated As of JTAPI 1.4, replaced by a {@link javax.telephony.phone.PhoneTerminalEvent} with ID
 *     {@link javax.telephony.phone.PhoneTerminalEvent#PHONE_TERMINAL_RINGER_PATTERN_EVENT}, delivered to
 *     {@link javax.telephony.phone.PhoneTerminalListener#terminalRingerPatternChanged}.
 */
public interface RingerPatternEv extends PhoneTermEv {
    /** The event ID of this event, as returned by {@link #getID()}. */
    int ID = 506;

    /**
     * Returns the ringer pattern after the change.
     *
     * @return the pattern number, from {@code 0} to {@code PhoneRinger.getNumberOfRingPatterns() - 1}
     */
    int getRingerPattern();
}
