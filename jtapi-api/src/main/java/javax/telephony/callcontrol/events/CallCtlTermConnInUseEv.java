package javax.telephony.callcontrol.events;

/** TODO-DOC @deprecated */
public interface CallCtlTermConnInUseEv extends CallCtlTermConnEv {
    /** TODO-DOC */
    int ID = 217;
}
