package javax.telephony.callcontrol.events;

/** TODO-DOC @deprecated */
public interface CallCtlConnNetworkAlertingEv extends CallCtlConnEv {
    /** TODO-DOC */
    int ID = 209;
}
