package javax.telephony.callcenter.events;

/** TODO-DOC @deprecated */
public interface AgentTermReadyEv extends AgentTermEv {
    /** TODO-DOC */
    int ID = 312;
}
