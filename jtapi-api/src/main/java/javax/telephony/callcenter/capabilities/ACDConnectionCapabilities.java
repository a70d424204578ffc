package javax.telephony.callcenter.capabilities;

import javax.telephony.capabilities.ConnectionCapabilities;

/** TODO-DOC */
public interface ACDConnectionCapabilities extends ConnectionCapabilities {
    /** TODO-DOC */
    boolean canGetACDManagerConnection();
}
