package javax.telephony.events;

/** TODO-DOC */
public interface ConnConnectedEv extends ConnEv {
    /** TODO-DOC */
    int ID = 105;
}
