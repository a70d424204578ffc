package javax.telephony.mobile;

/** TODO-DOC */
public interface MobileRadioListener {
    /** TODO-DOC */
    void radioOff(MobileRadioEvent mobileRadioEvent);

    /** TODO-DOC */
    void radioOn(MobileRadioEvent mobileRadioEvent);

    /** TODO-DOC */
    void radioStartStateOff(MobileRadioEvent mobileRadioEvent);

    /** TODO-DOC */
    void radioStartStateOn(MobileRadioEvent mobileRadioEvent);

    /** TODO-DOC */
    void signalLevelChanged(MobileRadioEvent mobileRadioEvent);
}
