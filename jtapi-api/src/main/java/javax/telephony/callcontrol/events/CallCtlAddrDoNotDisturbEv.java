package javax.telephony.callcontrol.events;

/** TODO-DOC @deprecated */
public interface CallCtlAddrDoNotDisturbEv extends CallCtlAddrEv {
    /** TODO-DOC */
    int ID = 200;

    /** TODO-DOC */
    boolean getDoNotDisturbState();
}
