package javax.telephony.phone;

import javax.telephony.InvalidArgumentException;

/** TODO-DOC */
public interface PhoneMicrophone extends Component {
    /** TODO-DOC */
    int FULL = 100;

    /** TODO-DOC */
    int MID = 50;

    /** TODO-DOC */
    int MUTE = 0;

    /** TODO-DOC */
    int getGain();

    /** TODO-DOC */
    void setGain(int value) throws InvalidArgumentException;
}
