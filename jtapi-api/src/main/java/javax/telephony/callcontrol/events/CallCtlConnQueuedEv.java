package javax.telephony.callcontrol.events;

/** TODO-DOC @deprecated */
public interface CallCtlConnQueuedEv extends CallCtlConnEv {
    /** TODO-DOC */
    int ID = 212;

    /** TODO-DOC */
    int getNumberInQueue();
}
