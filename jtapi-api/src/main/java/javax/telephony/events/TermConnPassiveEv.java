package javax.telephony.events;

/** TODO-DOC */
public interface TermConnPassiveEv extends TermConnEv {
    /** TODO-DOC */
    int ID = 118;
}
