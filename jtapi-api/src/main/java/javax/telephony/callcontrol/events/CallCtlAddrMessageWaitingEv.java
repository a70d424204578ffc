package javax.telephony.callcontrol.events;

/** TODO-DOC @deprecated */
public interface CallCtlAddrMessageWaitingEv extends CallCtlAddrEv {
    /** TODO-DOC */
    int ID = 202;

    /** TODO-DOC */
    boolean getMessageWaitingState();
}
