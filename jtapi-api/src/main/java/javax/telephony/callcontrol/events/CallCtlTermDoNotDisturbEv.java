package javax.telephony.callcontrol.events;

/** TODO-DOC @deprecated */
public interface CallCtlTermDoNotDisturbEv extends CallCtlTermEv {
    /** TODO-DOC */
    int ID = 221;

    /** TODO-DOC */
    boolean getDoNotDisturbState();
}
