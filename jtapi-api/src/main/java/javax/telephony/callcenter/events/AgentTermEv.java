package javax.telephony.callcenter.events;

import javax.telephony.Address;
import javax.telephony.callcenter.ACDAddress;
import javax.telephony.callcenter.Agent;
import javax.telephony.events.TermEv;

/** TODO-DOC @deprecated */
public interface AgentTermEv extends CallCentEv, TermEv {
    /** TODO-DOC @deprecated */
    ACDAddress getACDAddress();

    /** TODO-DOC */
    Agent getAgent();

    /** TODO-DOC @deprecated */
    Address getAgentAddress();

    /** TODO-DOC @deprecated */
    String getAgentID();

    /** TODO-DOC @deprecated */
    int getState();
}
