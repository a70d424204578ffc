package javax.telephony.phone;

/** TODO-DOC */
public interface PhoneButton extends Component {
    /** TODO-DOC */
    void buttonPress();

    /** TODO-DOC */
    PhoneLamp getAssociatedPhoneLamp();

    /** TODO-DOC */
    int getButtonPressThreshold();

    /** TODO-DOC */
    String getInfo();

    /** TODO-DOC */
    int setButtonPressThreshold(int value);

    /** TODO-DOC */
    void setInfo(String name);
}
