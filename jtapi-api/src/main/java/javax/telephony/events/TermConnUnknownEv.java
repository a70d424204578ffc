package javax.telephony.events;

/** TODO-DOC */
public interface TermConnUnknownEv extends TermConnEv {
    /** TODO-DOC */
    int ID = 120;
}
