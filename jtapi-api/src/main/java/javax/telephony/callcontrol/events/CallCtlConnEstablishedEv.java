package javax.telephony.callcontrol.events;

/** TODO-DOC @deprecated */
public interface CallCtlConnEstablishedEv extends CallCtlConnEv {
    /** TODO-DOC */
    int ID = 206;
}
