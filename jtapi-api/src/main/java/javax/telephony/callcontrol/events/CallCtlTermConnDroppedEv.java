package javax.telephony.callcontrol.events;

/** TODO-DOC @deprecated */
public interface CallCtlTermConnDroppedEv extends CallCtlTermConnEv {
    /** TODO-DOC */
    int ID = 215;
}
