package javax.telephony.events;

/** TODO-DOC */
public interface TermConnActiveEv extends TermConnEv {
    /** TODO-DOC */
    int ID = 115;
}
