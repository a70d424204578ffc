package javax.telephony.events;

/** TODO-DOC */
public interface ConnAlertingEv extends ConnEv {
    /** TODO-DOC */
    int ID = 104;
}
