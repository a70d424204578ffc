package javax.telephony.events;

/** TODO-DOC */
public interface ConnCreatedEv extends ConnEv {
    /** TODO-DOC */
    int ID = 106;
}
