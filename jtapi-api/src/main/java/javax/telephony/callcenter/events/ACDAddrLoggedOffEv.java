package javax.telephony.callcenter.events;

/** TODO-DOC @deprecated */
public interface ACDAddrLoggedOffEv extends ACDAddrEv {
    /** TODO-DOC */
    int ID = 301;
}
