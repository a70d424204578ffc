package javax.telephony.mobile;

import javax.telephony.Event;

/** TODO-DOC */
public interface MobileRadioEvent extends Event {
    /** TODO-DOC */
    int MOBILERADIO_RADIO_OFF = 9;

    /** TODO-DOC */
    int MOBILERADIO_RADIO_ON = 8;

    /** TODO-DOC */
    int MOBILERADIO_SIGNAL_LEVEL_CHANGED = 2;

    /** TODO-DOC */
    int MOBILERADIO_STARTSTATE_OFF = 6;

    /** TODO-DOC */
    int MOBILERADIO_STARTSTATE_ON = 4;

    /** TODO-DOC */
    MobileRadio getMobileRadio();
}
