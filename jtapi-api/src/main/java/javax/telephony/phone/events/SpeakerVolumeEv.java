package javax.telephony.phone.events;

/**
 * Reports that the volume of a {@link javax.telephony.phone.PhoneSpeaker} changed (observer model).
 * The speaker is {@link #getComponent()}.
 *
 * @deprecated As of JTAPI 1.4, replaced by a {@link javax.telephony.phone.PhoneTerminalEvent} with ID
 *     {@link javax.telephony.phone.PhoneTerminalEvent#PHONE_TERMINAL_SPEAKER_VOLUME_EVENT}, delivered to
 *     {@link javax.telephony.phone.PhoneTerminalListener#terminalSpeakerVolumeChanged}.
 */
public interface SpeakerVolumeEv extends PhoneTermEv {
    /** The event ID of this event, as returned by {@link #getID()}. */
    int ID = 508;

    /**
     * Returns the speaker volume after the change.
     *
     * @return the volume, from {@link javax.telephony.phone.PhoneSpeaker#MUTE} to
     *     {@link javax.telephony.phone.PhoneSpeaker#FULL}
     */
    int getVolume();
}
