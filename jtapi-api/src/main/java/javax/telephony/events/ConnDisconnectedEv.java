package javax.telephony.events;

/** TODO-DOC */
public interface ConnDisconnectedEv extends ConnEv {
    /** TODO-DOC */
    int ID = 107;
}
