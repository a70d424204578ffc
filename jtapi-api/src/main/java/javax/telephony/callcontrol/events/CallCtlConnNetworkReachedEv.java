package javax.telephony.callcontrol.events;

/** TODO-DOC @deprecated */
public interface CallCtlConnNetworkReachedEv extends CallCtlConnEv {
    /** TODO-DOC */
    int ID = 210;
}
