package javax.telephony.events;

/** TODO-DOC */
public interface ConnInProgressEv extends ConnEv {
    /** TODO-DOC */
    int ID = 109;
}
