package javax.telephony.callcontrol.events;

/** TODO-DOC @deprecated */
public interface CallCtlConnUnknownEv extends CallCtlConnEv {
    /** TODO-DOC */
    int ID = 213;
}
