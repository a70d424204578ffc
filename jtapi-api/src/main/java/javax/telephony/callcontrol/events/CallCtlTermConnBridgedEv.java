package javax.telephony.callcontrol.events;

/** TODO-DOC @deprecated */
public interface CallCtlTermConnBridgedEv extends CallCtlTermConnEv {
    /** TODO-DOC */
    int ID = 214;
}
