package javax.telephony.phone;

import javax.telephony.phone.capabilities.ComponentCapabilities;

/** TODO-DOC */
public interface Component {
    /** TODO-DOC */
    ComponentCapabilities getCapabilities();

    /** TODO-DOC */
    String getName();
}
