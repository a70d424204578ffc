package javax.telephony.callcenter;

import javax.telephony.Address;
import javax.telephony.InvalidArgumentException;
import javax.telephony.InvalidStateException;
import javax.telephony.MethodNotSupportedException;
import javax.telephony.ResourceUnavailableException;
import javax.telephony.Terminal;

/** TODO-DOC */
public interface AgentTerminal extends Terminal {
    /** TODO-DOC */
    Agent addAgent(Address address, ACDAddress aCDAddress, int value, String name, String name2) throws InvalidArgumentException, InvalidStateException, ResourceUnavailableException;

    /** TODO-DOC */
    Agent[] getAgents();

    /** TODO-DOC */
    void removeAgent(Agent agent) throws InvalidArgumentException, InvalidStateException;

    /** TODO-DOC @deprecated */
    void setAgents(Agent[] agents) throws MethodNotSupportedException;
}
