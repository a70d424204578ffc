package javax.telephony.callcenter.events;

/** TODO-DOC @deprecated */
public interface AgentTermLoggedOffEv extends AgentTermEv {
    /** TODO-DOC */
    int ID = 309;
}
