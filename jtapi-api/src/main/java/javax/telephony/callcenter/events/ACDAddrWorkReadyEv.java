package javax.telephony.callcenter.events;

/** TODO-DOC @deprecated */
public interface ACDAddrWorkReadyEv extends ACDAddrEv {
    /** TODO-DOC */
    int ID = 307;
}
