package javax.telephony.events;

/** TODO-DOC */
public interface TermConnCreatedEv extends TermConnEv {
    /** TODO-DOC */
    int ID = 116;
}
