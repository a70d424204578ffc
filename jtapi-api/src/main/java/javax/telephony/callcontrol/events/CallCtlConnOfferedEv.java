package javax.telephony.callcontrol.events;

/** TODO-DOC @deprecated */
public interface CallCtlConnOfferedEv extends CallCtlConnEv {
    /** TODO-DOC */
    int ID = 211;
}
