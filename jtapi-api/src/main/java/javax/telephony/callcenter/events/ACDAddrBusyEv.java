package javax.telephony.callcenter.events;

/** TODO-DOC @deprecated */
public interface ACDAddrBusyEv extends ACDAddrEv {
    /** TODO-DOC */
    int ID = 300;
}
