package javax.telephony.phone;

import javax.telephony.InvalidArgumentException;

/** TODO-DOC */
public interface PhoneRinger extends Component {
    /** TODO-DOC */
    int FULL = 100;

    /** TODO-DOC */
    int MIDDLE = 50;

    /** TODO-DOC */
    int OFF = 0;

    /** TODO-DOC */
    int getNumberOfRingPatterns();

    /** TODO-DOC */
    int getNumberOfRings();

    /** TODO-DOC */
    int getRingerPattern();

    /** TODO-DOC */
    int getRingerVolume();

    /** TODO-DOC */
    int isRingerOn();

    /** TODO-DOC */
    void setRingerPattern(int value) throws InvalidArgumentException;

    /** TODO-DOC */
    void setRingerVolume(int value) throws InvalidArgumentException;
}
