package javax.telephony.callcenter.events;

import javax.telephony.Address;
import javax.telephony.callcenter.Agent;
import javax.telephony.callcenter.AgentTerminal;
import javax.telephony.callcenter.CallCenterTrunk;
import javax.telephony.events.AddrEv;

/** TODO-DOC @deprecated */
public interface ACDAddrEv extends CallCentEv, AddrEv {
    /** TODO-DOC */
    Agent getAgent();

    /** TODO-DOC @deprecated */
    Address getAgentAddress();

    /** TODO-DOC @deprecated */
    AgentTerminal getAgentTerminal();

    /** TODO-DOC @deprecated */
    int getState();

    /** TODO-DOC @deprecated */
    CallCenterTrunk[] getTrunks();
}
