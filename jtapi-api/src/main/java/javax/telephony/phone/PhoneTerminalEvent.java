package javax.telephony.phone;

import javax.telephony.Event;
import javax.telephony.TerminalEvent;

/** TODO-DOC */
public interface PhoneTerminalEvent extends Event, TerminalEvent {
    /** TODO-DOC */
    int CAUSE_PHONE_TERMINAL_NORMAL = 500;

    /** TODO-DOC */
    int CAUSE_PHONE_TERMINAL_UNKNOWN = 501;

    /** TODO-DOC */
    int PHONE_TERMINAL_BUTTON_INFO_EVENT = 500;

    /** TODO-DOC */
    int PHONE_TERMINAL_BUTTON_PRESS_EVENT = 501;

    /** TODO-DOC */
    int PHONE_TERMINAL_BUTTON_PRESS_THRESHOLD_EXCEEDED_EVENT = 509;

    /** TODO-DOC */
    int PHONE_TERMINAL_DISPLAY_UPDATE_EVENT = 502;

    /** TODO-DOC */
    int PHONE_TERMINAL_HOOKSWITCH_STATE_EVENT = 503;

    /** TODO-DOC */
    int PHONE_TERMINAL_LAMP_MODE_EVENT = 504;

    /** TODO-DOC */
    int PHONE_TERMINAL_MICROPHONE_GAIN_EVENT = 505;

    /** TODO-DOC */
    int PHONE_TERMINAL_RINGER_PATTERN_EVENT = 506;

    /** TODO-DOC */
    int PHONE_TERMINAL_RINGER_VOLUME_EVENT = 507;

    /** TODO-DOC */
    int PHONE_TERMINAL_SPEAKER_VOLUME_EVENT = 508;

    /** TODO-DOC */
    Component getComponent();

    /** TODO-DOC */
    ComponentGroup getComponentGroup();

    /** TODO-DOC */
    String getDisplay(int value, int value2);

    /** TODO-DOC */
    int getGain();

    /** TODO-DOC */
    int getHookSwitchState();

    /** TODO-DOC */
    String getInfo();

    /** TODO-DOC */
    int getMode();

    /** TODO-DOC */
    String getOldInfo();

    /** TODO-DOC */
    int getPhoneCause();

    /** TODO-DOC */
    int getPressedDuration();

    /** TODO-DOC */
    int getRingerPattern();

    /** TODO-DOC */
    int getVolume();
}
