package javax.telephony.callcenter.events;

/** TODO-DOC @deprecated */
public interface AgentTermNotReadyEv extends AgentTermEv {
    /** TODO-DOC */
    int ID = 311;
}
