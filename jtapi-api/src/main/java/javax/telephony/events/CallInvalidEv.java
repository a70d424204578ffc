package javax.telephony.events;

/** TODO-DOC */
public interface CallInvalidEv extends CallEv {
    /** TODO-DOC */
    int ID = 102;
}
