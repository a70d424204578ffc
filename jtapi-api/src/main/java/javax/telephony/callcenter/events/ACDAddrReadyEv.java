package javax.telephony.callcenter.events;

/** TODO-DOC @deprecated */
public interface ACDAddrReadyEv extends ACDAddrEv {
    /** TODO-DOC */
    int ID = 304;
}
