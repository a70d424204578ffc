package javax.telephony.phone;

import javax.telephony.TerminalListener;

/**
 * Receives the changes to the {@link Component}s of a {@link PhoneTerminal} (JTAPI 1.4 listener model).
 * <p>
 * An application registers it like any terminal listener, with
 * {@link javax.telephony.Terminal#addTerminalListener(TerminalListener)}; because it implements this
 * interface, the implementation also delivers the phone events to it. Each change arrives as one
 * {@link PhoneTerminalEvent} in the method that matches its {@link PhoneTerminalEvent#getID() ID}, in
 * the order the changes happened, on the implementation's event delivery thread. Methods should return
 * quickly; they must not block waiting for further events. Delivery ends, as for every terminal
 * listener, with {@link TerminalListener#terminalListenerEnded(javax.telephony.TerminalEvent)}.
 * <p>
 * This interface replaces the deprecated {@link PhoneTerminalObserver}.
 *
 * @since 1.4
 */
public interface PhoneTerminalListener extends TerminalListener {
    /**
     * Called when the info string of a {@link PhoneButton} changed.
     *
     * @param event the event, with ID {@link PhoneTerminalEvent#PHONE_TERMINAL_BUTTON_INFO_EVENT}
     */
    void terminalButtonInfoChanged(PhoneTerminalEvent event);

    /**
     * Called when a {@link PhoneButton} has been held for its press threshold, before it is released.
     *
     * @param event the event, with ID
     *     {@link PhoneTerminalEvent#PHONE_TERMINAL_BUTTON_PRESS_THRESHOLD_EXCEEDED_EVENT}
     * @since 1.4
     */
    void terminalButtonPressThresholdExceeded(PhoneTerminalEvent event);

    /**
     * Called when a {@link PhoneButton} was pressed and released.
     *
     * @param event the event, with ID {@link PhoneTerminalEvent#PHONE_TERMINAL_BUTTON_PRESS_EVENT}
     */
    void terminalButtonPressed(PhoneTerminalEvent event);

    /**
     * Called when the text of a {@link PhoneDisplay} changed.
     *
     * @param event the event, with ID {@link PhoneTerminalEvent#PHONE_TERMINAL_DISPLAY_UPDATE_EVENT}
     */
    void terminalDisplayUpdated(PhoneTerminalEvent event);

    /**
     * Called when the {@link PhoneHookswitch} moved on or off hook.
     *
     * @param event the event, with ID {@link PhoneTerminalEvent#PHONE_TERMINAL_HOOKSWITCH_STATE_EVENT}
     */
    void terminalHookswitchStateChanged(PhoneTerminalEvent event);

    /**
     * Called when the mode of a {@link PhoneLamp} changed.
     *
     * @param event the event, with ID {@link PhoneTerminalEvent#PHONE_TERMINAL_LAMP_MODE_EVENT}
     */
    void terminalLampModeChanged(PhoneTerminalEvent event);

    /**
     * Called when the gain of a {@link PhoneMicrophone} changed.
     *
     * @param event the event, with ID {@link PhoneTerminalEvent#PHONE_TERMINAL_MICROPHONE_GAIN_EVENT}
     */
    void terminalMicrophoneGainChanged(PhoneTerminalEvent event);

    /**
     * Called when the pattern of the {@link PhoneRinger} changed.
     *
     * @param event the event, with ID {@link PhoneTerminalEvent#PHONE_TERMINAL_RINGER_PATTERN_EVENT}
     */
    void terminalRingerPatternChanged(PhoneTerminalEvent event);

    /**
     * Called when the volume of the {@link PhoneRinger} changed.
     *
     * @param event the event, with ID {@link PhoneTerminalEvent#PHONE_TERMINAL_RINGER_VOLUME_EVENT}
     */
    void terminalRingerVolumeChanged(PhoneTerminalEvent event);

    /**
     * Called when the volume of a {@link PhoneSpeaker} changed.
     *
     * @param event the event, with ID {@link PhoneTerminalEvent#PHONE_TERMINAL_SPEAKER_VOLUME_EVENT}
     */
    void terminalSpeakerVolumeChanged(PhoneTerminalEvent event);
}
