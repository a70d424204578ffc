package javax.telephony.phone;

import javax.telephony.Event;
import javax.telephony.TerminalEvent;

/**
 * Reports a change to one {@link Component} of a {@link PhoneTerminal} to a
 * {@link PhoneTerminalListener} (JTAPI 1.4 listener model).
 * <p>
 * {@link #getID()} tells what changed and which listener method receives the event:
 * <ul>
 *   <li>{@link #PHONE_TERMINAL_BUTTON_INFO_EVENT}: a button's info string;</li>
 *   <li>{@link #PHONE_TERMINAL_BUTTON_PRESS_EVENT}: a button was pressed and released;</li>
 *   <li>{@link #PHONE_TERMINAL_BUTTON_PRESS_THRESHOLD_EXCEEDED_EVENT}: a button is being held longer than
 *   its press threshold;</li>
 *   <li>{@link #PHONE_TERMINAL_DISPLAY_UPDATE_EVENT}: the text of a display;</li>
 *   <li>{@link #PHONE_TERMINAL_HOOKSWITCH_STATE_EVENT}: the position of the hookswitch;</li>
 *   <li>{@link #PHONE_TERMINAL_LAMP_MODE_EVENT}: the mode of a lamp;</li>
 *   <li>{@link #PHONE_TERMINAL_MICROPHONE_GAIN_EVENT}: the gain of a microphone;</li>
 *   <li>{@link #PHONE_TERMINAL_RINGER_PATTERN_EVENT}: the pattern of the ringer;</li>
 *   <li>{@link #PHONE_TERMINAL_RINGER_VOLUME_EVENT}: the volume of the ringer;</li>
 *   <li>{@link #PHONE_TERMINAL_SPEAKER_VOLUME_EVENT}: the volume of a speaker.</li>
 * </ul>
 * {@link #getTerminal()} is the terminal, {@link #getComponent()} the component that changed and
 * {@link #getComponentGroup()} the group it belongs to. The value accessors each belong to some of the
 * event IDs, as their descriptions say; for other IDs their result has no meaning. The values are those
 * at the time of the change, which may differ from what the component reports when the application
 * handles the event.
 *
 * @since 1.4
 */
public interface PhoneTerminalEvent extends Event, TerminalEvent {
    /** Phone cause: the change happened in the ordinary course of things. */
    int CAUSE_PHONE_TERMINAL_NORMAL = 500;

    /** Phone cause: the reason for the change is not known. */
    int CAUSE_PHONE_TERMINAL_UNKNOWN = 501;

    /**
     * Event ID: the info string of a {@link PhoneButton} changed. Delivered to
     * {@link PhoneTerminalListener#terminalButtonInfoChanged(PhoneTerminalEvent)};
     * {@link #getInfo()} and {@link #getOldInfo()} give the new and the previous value.
     */
    int PHONE_TERMINAL_BUTTON_INFO_EVENT = 500;

    /**
     * Event ID: a {@link PhoneButton} was pressed and released, by the user or through
     * {@link PhoneButton#buttonPress()}. Delivered to
     * {@link PhoneTerminalListener#terminalButtonPressed(PhoneTerminalEvent)}; {@link #getInfo()}
     * identifies the button and {@link #getPressedDuration()} says how long it was held.
     */
    int PHONE_TERMINAL_BUTTON_PRESS_EVENT = 501;

    /**
     * Event ID: a {@link PhoneButton} has been held for at least its press threshold
     * ({@link PhoneButton#getButtonPressThreshold()}). Reported once per press, while the button is still
     * held and so before the {@link #PHONE_TERMINAL_BUTTON_PRESS_EVENT} of the same press. Delivered to
     * {@link PhoneTerminalListener#terminalButtonPressThresholdExceeded(PhoneTerminalEvent)}.
     */
    int PHONE_TERMINAL_BUTTON_PRESS_THRESHOLD_EXCEEDED_EVENT = 509;

    /**
     * Event ID: the text shown on a {@link PhoneDisplay} changed. Delivered to
     * {@link PhoneTerminalListener#terminalDisplayUpdated(PhoneTerminalEvent)}; {@link #getDisplay(int, int)}
     * gives the new text.
     */
    int PHONE_TERMINAL_DISPLAY_UPDATE_EVENT = 502;

    /**
     * Event ID: the {@link PhoneHookswitch} moved on or off hook. Delivered to
     * {@link PhoneTerminalListener#terminalHookswitchStateChanged(PhoneTerminalEvent)};
     * {@link #getHookSwitchState()} gives the new position.
     */
    int PHONE_TERMINAL_HOOKSWITCH_STATE_EVENT = 503;

    /**
     * Event ID: the mode of a {@link PhoneLamp} changed. Delivered to
     * {@link PhoneTerminalListener#terminalLampModeChanged(PhoneTerminalEvent)}; {@link #getMode()} gives
     * the new mode.
     */
    int PHONE_TERMINAL_LAMP_MODE_EVENT = 504;

    /**
     * Event ID: the gain of a {@link PhoneMicrophone} changed. Delivered to
     * {@link PhoneTerminalListener#terminalMicrophoneGainChanged(PhoneTerminalEvent)}; {@link #getGain()}
     * gives the new gain.
     */
    int PHONE_TERMINAL_MICROPHONE_GAIN_EVENT = 505;

    /**
     * Event ID: the pattern of the {@link PhoneRinger} changed. Delivered to
     * {@link PhoneTerminalListener#terminalRingerPatternChanged(PhoneTerminalEvent)};
     * {@link #getRingerPattern()} gives the new pattern.
     */
    int PHONE_TERMINAL_RINGER_PATTERN_EVENT = 506;

    /**
     * Event ID: the volume of the {@link PhoneRinger} changed. Delivered to
     * {@link PhoneTerminalListener#terminalRingerVolumeChanged(PhoneTerminalEvent)}; {@link #getVolume()}
     * gives the new volume.
     */
    int PHONE_TERMINAL_RINGER_VOLUME_EVENT = 507;

    /**
     * Event ID: the volume of a {@link PhoneSpeaker} changed. Delivered to
     * {@link PhoneTerminalListener#terminalSpeakerVolumeChanged(PhoneTerminalEvent)}; {@link #getVolume()}
     * gives the new volume.
     */
    int PHONE_TERMINAL_SPEAKER_VOLUME_EVENT = 508;

    /**
     * Returns the component this event is about.
     *
     * @return the button, lamp, display, hookswitch, microphone, ringer or speaker that changed
     */
    Component getComponent();

    /**
     * Returns the group that holds the component this event is about.
     *
     * @return the component's group
     */
    ComponentGroup getComponentGroup();

    /**
     * For {@link #PHONE_TERMINAL_DISPLAY_UPDATE_EVENT}: returns the text the display showed after the
     * change, from the given position to the end of its row. Positions count from zero at the top-left
     * corner, as in {@link PhoneDisplay}.
     *
     * @param column the column to start at
     * @param row the row to read
     * @return the text shown from that position on, or {@code null} if the position lies outside the
     *     display
     */
    String getDisplay(int column, int row);

    /**
     * For {@link #PHONE_TERMINAL_MICROPHONE_GAIN_EVENT}: returns the microphone's new gain.
     *
     * @return the gain, from {@link PhoneMicrophone#MUTE} to {@link PhoneMicrophone#FULL}
     */
    int getGain();

    /**
     * For {@link #PHONE_TERMINAL_HOOKSWITCH_STATE_EVENT}: returns the hookswitch's new position.
     *
     * @return {@link PhoneHookswitch#ON_HOOK} or {@link PhoneHookswitch#OFF_HOOK}
     */
    int getHookSwitchState();

    /**
     * For the button events ({@link #PHONE_TERMINAL_BUTTON_INFO_EVENT},
     * {@link #PHONE_TERMINAL_BUTTON_PRESS_EVENT} and
     * {@link #PHONE_TERMINAL_BUTTON_PRESS_THRESHOLD_EXCEEDED_EVENT}): returns the button's info string,
     * which identifies the button; for the info event it is the new value.
     *
     * @return the button's info string
     */
    String getInfo();

    /**
     * For {@link #PHONE_TERMINAL_LAMP_MODE_EVENT}: returns the lamp's new mode.
     *
     * @return one of the {@code PhoneLamp.LAMPMODE_*} constants
     */
    int getMode();

    /**
     * For {@link #PHONE_TERMINAL_BUTTON_INFO_EVENT}: returns the button's info string before the change.
     *
     * @return the previous info string
     */
    String getOldInfo();

    /**
     * Returns why the change happened, in the terms of the phone package. The core cause
     * ({@link #getCause()}) is reported as well.
     *
     * @return {@link #CAUSE_PHONE_TERMINAL_NORMAL} or {@link #CAUSE_PHONE_TERMINAL_UNKNOWN}
     */
    int getPhoneCause();

    /**
     * For {@link #PHONE_TERMINAL_BUTTON_PRESS_EVENT}: returns how long the button was held, from the
     * moment it went down to the moment it was released. For
     * {@link #PHONE_TERMINAL_BUTTON_PRESS_THRESHOLD_EXCEEDED_EVENT}: how long it had been held when the
     * event was reported, at least the threshold.
     *
     * @return the time in milliseconds
     * @since 1.4
     */
    int getPressedDuration();

    /**
     * For {@link #PHONE_TERMINAL_RINGER_PATTERN_EVENT}: returns the ringer's new pattern.
     *
     * @return the pattern number, from {@code 0} to {@code PhoneRinger.getNumberOfRingPatterns() - 1}
     */
    int getRingerPattern();

    /**
     * For {@link #PHONE_TERMINAL_RINGER_VOLUME_EVENT} and {@link #PHONE_TERMINAL_SPEAKER_VOLUME_EVENT}:
     * returns the new volume of the ringer or of the speaker.
     *
     * @return the volume, from {@code 0} to {@code 100}
     */
    int getVolume();
}
