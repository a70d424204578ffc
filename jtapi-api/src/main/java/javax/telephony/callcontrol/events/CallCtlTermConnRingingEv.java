package javax.telephony.callcontrol.events;

/** TODO-DOC @deprecated */
public interface CallCtlTermConnRingingEv extends CallCtlTermConnEv {
    /** TODO-DOC */
    int ID = 218;
}
