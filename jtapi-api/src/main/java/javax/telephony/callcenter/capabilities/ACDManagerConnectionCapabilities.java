package javax.telephony.callcenter.capabilities;

import javax.telephony.capabilities.ConnectionCapabilities;

/** TODO-DOC */
public interface ACDManagerConnectionCapabilities extends ConnectionCapabilities {
    /** TODO-DOC */
    boolean canGetACDConnections();
}
