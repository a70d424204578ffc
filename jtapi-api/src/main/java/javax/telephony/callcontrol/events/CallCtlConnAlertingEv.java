package javax.telephony.callcontrol.events;

/** TODO-DOC @deprecated */
public interface CallCtlConnAlertingEv extends CallCtlConnEv {
    /** TODO-DOC */
    int ID = 203;
}
