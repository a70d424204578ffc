package javax.telephony.mobile;

import javax.telephony.InvalidStateException;
import javax.telephony.MethodNotSupportedException;

/** TODO-DOC */
public interface MobileRadio {
    /** TODO-DOC */
    void addRadioListener(MobileRadioListener mobileRadioListener) throws MethodNotSupportedException;

    /** TODO-DOC */
    int getMaxSignalLevel();

    /** TODO-DOC */
    boolean getRadioStartState() throws MethodNotSupportedException;

    /** TODO-DOC */
    boolean getRadioState() throws MethodNotSupportedException;

    /** TODO-DOC */
    int getSignalLevel();

    /** TODO-DOC */
    void removeRadioListener(MobileRadioListener mobileRadioListener);

    /** TODO-DOC */
    void setRadioStartState(boolean flag) throws InvalidStateException, MethodNotSupportedException;

    /** TODO-DOC */
    void setRadioState(boolean flag) throws InvalidStateException, MethodNotSupportedException;
}
