package javax.telephony.events;

/** TODO-DOC */
public interface ConnFailedEv extends ConnEv {
    /** TODO-DOC */
    int ID = 108;
}
