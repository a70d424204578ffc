package javax.telephony.callcontrol.events;

/** TODO-DOC @deprecated */
public interface CallCtlConnFailedEv extends CallCtlConnEv {
    /** TODO-DOC */
    int ID = 207;
}
