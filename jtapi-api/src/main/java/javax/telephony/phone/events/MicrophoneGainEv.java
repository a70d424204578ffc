package javax.telephony.phone.events;

/**
 * Reports that the gain of a {@link javax.telephony.phone.PhoneMicrophone} changed (observer model).
 * The microphone is {@link #getComponent()}.
 *
 * @deprecated As of JTAPI 1.4, replaced by a {@link javax.telephony.phone.PhoneTerminalEvent} with ID
 *     {@link javax.telephony.phone.PhoneTerminalEvent#PHONE_TERMINAL_MICROPHONE_GAIN_EVENT}, delivered to
 *     {@link javax.telephony.phone.PhoneTerminalListener#terminalMicrophoneGainChanged}.
 */
public interface MicrophoneGainEv extends PhoneTermEv {
    /** The event ID of this event, as returned by {@link #getID()}. */
    int ID = 505;

    /**
     * Returns the microphone gain after the change.
     *
     * @return the gain, from {@link javax.telephony.phone.PhoneMicrophone#MUTE} to
     *     {@link javax.telephony.phone.PhoneMicrophone#FULL}
     */
    int getGain();
}
