package javax.telephony.callcontrol.events;

/** TODO-DOC @deprecated */
public interface CallCtlConnDisconnectedEv extends CallCtlConnEv {
    /** TODO-DOC */
    int ID = 205;
}
