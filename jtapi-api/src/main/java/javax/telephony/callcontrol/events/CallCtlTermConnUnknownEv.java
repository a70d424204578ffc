package javax.telephony.callcontrol.events;

/** TODO-DOC @deprecated */
public interface CallCtlTermConnUnknownEv extends CallCtlTermConnEv {
    /** TODO-DOC */
    int ID = 220;
}
