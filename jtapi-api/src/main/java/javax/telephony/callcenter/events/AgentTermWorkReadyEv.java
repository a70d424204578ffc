package javax.telephony.callcenter.events;

/** TODO-DOC @deprecated */
public interface AgentTermWorkReadyEv extends AgentTermEv {
    /** TODO-DOC */
    int ID = 315;
}
