package javax.telephony.mobile;

/**
 * Receives the changes of a {@link MobileRadio}: switching on and off, the start-up setting and the
 * signal level.
 * <p>
 * Register it with {@link MobileRadio#addRadioListener(MobileRadioListener)}; it receives events until
 * it is removed with {@link MobileRadio#removeRadioListener(MobileRadioListener)}. Each change arrives as
 * one {@link MobileRadioEvent} in the method that matches its ID, in the order the changes happened;
 * methods should return quickly.
 */
public interface MobileRadioListener {
    /**
     * Called when the radio was switched off.
     *
     * @param event the event, with ID {@link MobileRadioEvent#MOBILERADIO_RADIO_OFF}
     */
    void radioOff(MobileRadioEvent event);

    /**
     * Called when the radio was switched on.
     *
     * @param event the event, with ID {@link MobileRadioEvent#MOBILERADIO_RADIO_ON}
     */
    void radioOn(MobileRadioEvent event);

    /**
     * Called when the radio was set to start switched off.
     *
     * @param event the event, with ID {@link MobileRadioEvent#MOBILERADIO_STARTSTATE_OFF}
     */
    void radioStartStateOff(MobileRadioEvent event);

    /**
     * Called when the radio was set to start switched on.
     *
     * @param event the event, with ID {@link MobileRadioEvent#MOBILERADIO_STARTSTATE_ON}
     */
    void radioStartStateOn(MobileRadioEvent event);

    /**
     * Called when the received signal level changed.
     *
     * @param event the event, with ID {@link MobileRadioEvent#MOBILERADIO_SIGNAL_LEVEL_CHANGED}
     */
    void signalLevelChanged(MobileRadioEvent event);
}
