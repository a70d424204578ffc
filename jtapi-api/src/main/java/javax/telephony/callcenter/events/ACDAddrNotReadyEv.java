package javax.telephony.callcenter.events;

/** TODO-DOC @deprecated */
public interface ACDAddrNotReadyEv extends ACDAddrEv {
    /** TODO-DOC */
    int ID = 303;
}
