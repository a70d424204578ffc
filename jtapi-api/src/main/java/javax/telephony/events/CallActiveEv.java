package javax.telephony.events;

/** TODO-DOC */
public interface CallActiveEv extends CallEv {
    /** TODO-DOC */
    int ID = 101;
}
