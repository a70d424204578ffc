package javax.telephony.phone.events;

/**
 * Reports that the volume of a {@link javax.telephony.phone.PhoneRinger} changed (observer model).
 * The ringer is {@link #getComponent()}.
 *
 * @deprecated As of JTAPI 1.4, replaced by a {@link javax.telephony.phone.PhoneTerminalEvent} with ID
 *     {@link javax.telephony.phone.PhoneTerminalEvent#PHONE_TERMINAL_RINGER_VOLUME_EVENT}, delivered to
 *     {@link javax.telephony.phone.PhoneTerminalListener#terminalRingerVolumeChanged}.
 */
public interface RingerVolumeEv extends PhoneTermEv {
    /** The event ID of this event, as returned by {@link #getID()}. */
    int ID = 507;

    /**
     * Returns the ringer volume after the change.
     *
     * @return the volume, from {@link javax.telephony.phone.PhoneRinger#OFF} to
     *     {@link javax.telephony.phone.PhoneRinger#FULL}
     */
    int getVolume();
}
