package javax.telephony.phone;

import javax.telephony.InvalidArgumentException;

/** TODO-DOC */
public interface PhoneLamp extends Component {
    /** TODO-DOC */
    int LAMPMODE_BROKENFLUTTER = 4;

    /** TODO-DOC */
    int LAMPMODE_FLASH = 1;

    /** TODO-DOC */
    int LAMPMODE_FLUTTER = 3;

    /** TODO-DOC */
    int LAMPMODE_OFF = 0;

    /** TODO-DOC */
    int LAMPMODE_STEADY = 2;

    /** TODO-DOC */
    int LAMPMODE_WINK = 5;

    /** TODO-DOC */
    PhoneButton getAssociatedPhoneButton();

    /** TODO-DOC */
    int getMode();

    /** TODO-DOC */
    int[] getSupportedModes();

    /** TODO-DOC */
    void setMode(int value) throws InvalidArgumentException;
}
