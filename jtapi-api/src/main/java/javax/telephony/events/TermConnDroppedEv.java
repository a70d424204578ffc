package javax.telephony.events;

/** TODO-DOC */
public interface TermConnDroppedEv extends TermConnEv {
    /** TODO-DOC */
    int ID = 117;
}
