package javax.telephony.phone;

import javax.telephony.Address;
import javax.telephony.InvalidArgumentException;
import javax.telephony.phone.capabilities.ComponentGroupCapabilities;

/** TODO-DOC */
public interface ComponentGroup {
    /** TODO-DOC */
    int HAND_SET = 2;

    /** TODO-DOC */
    int HEAD_SET = 1;

    /** TODO-DOC */
    int OTHER = 5;

    /** TODO-DOC */
    int PHONE_SET = 4;

    /** TODO-DOC */
    int SPEAKER_PHONE = 3;

    /** TODO-DOC */
    boolean activate();

    /** TODO-DOC */
    boolean activate(Address address) throws InvalidArgumentException;

    /** TODO-DOC */
    boolean deactivate();

    /** TODO-DOC */
    boolean deactivate(Address address) throws InvalidArgumentException;

    /** TODO-DOC */
    ComponentGroupCapabilities getCapabilities();

    /** TODO-DOC */
    Component[] getComponents();

    /** TODO-DOC */
    String getDescription();

    /** TODO-DOC */
    int getType();
}
