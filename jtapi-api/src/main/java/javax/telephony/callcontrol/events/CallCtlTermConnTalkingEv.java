package javax.telephony.callcontrol.events;

/** TODO-DOC @deprecated */
public interface CallCtlTermConnTalkingEv extends CallCtlTermConnEv {
    /** TODO-DOC */
    int ID = 219;
}
