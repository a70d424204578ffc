package javax.telephony.callcenter.events;

/** TODO-DOC @deprecated */
public interface ACDAddrUnknownEv extends ACDAddrEv {
    /** TODO-DOC */
    int ID = 305;
}
