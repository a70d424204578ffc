package javax.telephony.callcenter.events;

/** TODO-DOC @deprecated */
public interface ACDAddrLoggedOnEv extends ACDAddrEv {
    /** TODO-DOC */
    int ID = 302;
}
