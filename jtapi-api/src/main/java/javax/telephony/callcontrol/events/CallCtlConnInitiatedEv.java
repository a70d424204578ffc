package javax.telephony.callcontrol.events;

/** TODO-DOC @deprecated */
public interface CallCtlConnInitiatedEv extends CallCtlConnEv {
    /** TODO-DOC */
    int ID = 208;
}
