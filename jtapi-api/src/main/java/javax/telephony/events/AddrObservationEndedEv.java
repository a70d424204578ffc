package javax.telephony.events;

/** TODO-DOC */
public interface AddrObservationEndedEv extends AddrEv {
    /** TODO-DOC */
    int ID = 100;
}
