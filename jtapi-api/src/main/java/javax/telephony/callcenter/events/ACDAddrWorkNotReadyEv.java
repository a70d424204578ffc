package javax.telephony.callcenter.events;

/** TODO-DOC @deprecated */
public interface ACDAddrWorkNotReadyEv extends ACDAddrEv {
    /** TODO-DOC */
    int ID = 306;
}
