package javax.telephony.callcenter.events;

/** TODO-DOC @deprecated */
public interface AgentTermBusyEv extends AgentTermEv {
    /** TODO-DOC */
    int ID = 308;
}
