package javax.telephony.phone;

import javax.telephony.TerminalListener;

/** TODO-DOC */
public interface PhoneTerminalListener extends TerminalListener {
    /** TODO-DOC */
    void terminalButtonInfoChanged(PhoneTerminalEvent phoneTerminalEvent);

    /** TODO-DOC */
    void terminalButtonPressThresholdExceeded(PhoneTerminalEvent phoneTerminalEvent);

    /** TODO-DOC */
    void terminalButtonPressed(PhoneTerminalEvent phoneTerminalEvent);

    /** TODO-DOC */
    void terminalDisplayUpdated(PhoneTerminalEvent phoneTerminalEvent);

    /** TODO-DOC */
    void terminalHookswitchStateChanged(PhoneTerminalEvent phoneTerminalEvent);

    /** TODO-DOC */
    void terminalLampModeChanged(PhoneTerminalEvent phoneTerminalEvent);

    /** TODO-DOC */
    void terminalMicrophoneGainChanged(PhoneTerminalEvent phoneTerminalEvent);

    /** TODO-DOC */
    void terminalRingerPatternChanged(PhoneTerminalEvent phoneTerminalEvent);

    /** TODO-DOC */
    void terminalRingerVolumeChanged(PhoneTerminalEvent phoneTerminalEvent);

    /** TODO-DOC */
    void terminalSpeakerVolumeChanged(PhoneTerminalEvent phoneTerminalEvent);
}
