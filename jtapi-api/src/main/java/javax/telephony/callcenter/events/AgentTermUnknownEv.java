package javax.telephony.callcenter.events;

/** TODO-DOC @deprecated */
public interface AgentTermUnknownEv extends AgentTermEv {
    /** TODO-DOC */
    int ID = 313;
}
