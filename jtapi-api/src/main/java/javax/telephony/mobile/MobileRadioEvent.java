package javax.telephony.mobile;

import javax.telephony.Event;

/**
 * Reports a change of a {@link MobileRadio} to a {@link MobileRadioListener}.
 * <p>
 * {@link #getID()} says what changed and which listener method receives the event: the radio was
 * switched on or off, its start-up setting changed, or the signal level changed.
 * {@link #getMobileRadio()} is the radio, which is also the event's source.
 */
public interface MobileRadioEvent extends Event {
    /**
     * Event ID: the radio was switched off. Delivered to
     * {@link MobileRadioListener#radioOff(MobileRadioEvent)}.
     */
    int MOBILERADIO_RADIO_OFF = 9;

    /**
     * Event ID: the radio was switched on. Delivered to
     * {@link MobileRadioListener#radioOn(MobileRadioEvent)}.
     */
    int MOBILERADIO_RADIO_ON = 8;

    /**
     * Event ID: the received signal level changed; the new level is {@link MobileRadio#getSignalLevel()}.
     * Delivered to {@link MobileRadioListener#signalLevelChanged(MobileRadioEvent)}.
     */
    int MOBILERADIO_SIGNAL_LEVEL_CHANGED = 2;

    /**
     * Event ID: the radio is now set to start switched off. Delivered to
     * {@link MobileRadioListener#radioStartStateOff(MobileRadioEvent)}.
     */
    int MOBILERADIO_STARTSTATE_OFF = 6;

    /**
     * Event ID: the radio is now set to start switched on. Delivered to
     * {@link MobileRadioListener#radioStartStateOn(MobileRadioEvent)}.
     */
    int MOBILERADIO_STARTSTATE_ON = 4;

    /**
     * Returns the radio this event is about.
     *
     * @return the radio that changed
     */
    MobileRadio getMobileRadio();
}
