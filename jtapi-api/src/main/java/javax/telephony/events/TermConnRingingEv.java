package javax.telephony.events;

/** TODO-DOC */
public interface TermConnRingingEv extends TermConnEv {
    /** TODO-DOC */
    int ID = 119;
}
