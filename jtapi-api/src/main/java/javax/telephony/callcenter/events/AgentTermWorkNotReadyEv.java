package javax.telephony.callcenter.events;

/** TODO-DOC @deprecated */
public interface AgentTermWorkNotReadyEv extends AgentTermEv {
    /** TODO-DOC */
    int ID = 314;
}
