package javax.telephony.callcenter.events;

/** TODO-DOC @deprecated */
public interface AgentTermLoggedOnEv extends AgentTermEv {
    /** TODO-DOC */
    int ID = 310;
}
