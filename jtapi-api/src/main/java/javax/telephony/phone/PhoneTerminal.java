package javax.telephony.phone;

import javax.telephony.Terminal;

/** TODO-DOC */
public interface PhoneTerminal extends Terminal {
    /** TODO-DOC */
    ComponentGroup[] getComponentGroups();
}
