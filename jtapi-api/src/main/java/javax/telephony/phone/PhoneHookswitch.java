package javax.telephony.phone;

import javax.telephony.InvalidArgumentException;

/** TODO-DOC */
public interface PhoneHookswitch extends Component {
    /** TODO-DOC */
    int OFF_HOOK = 1;

    /** TODO-DOC */
    int ON_HOOK = 0;

    /** TODO-DOC */
    int getHookSwitchState();

    /** TODO-DOC */
    void setHookSwitch(int value) throws InvalidArgumentException;
}
