package javax.telephony.phone.events;

import javax.telephony.events.TermEv;
import javax.telephony.phone.Component;
import javax.telephony.phone.ComponentGroup;

/** TODO-DOC @deprecated */
public interface PhoneTermEv extends TermEv, PhoneEv {
    /** TODO-DOC */
    Component getComponent();

    /** TODO-DOC */
    ComponentGroup getComponentGroup();
}
