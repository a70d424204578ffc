package javax.telephony.callcontrol.events;

/** TODO-DOC @deprecated */
public interface CallCtlTermConnHeldEv extends CallCtlTermConnEv {
    /** TODO-DOC */
    int ID = 216;
}
