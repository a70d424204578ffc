package javax.telephony.events;

/** TODO-DOC */
public interface CallObservationEndedEv extends CallEv {
    /** TODO-DOC */
    int ID = 103;

    /** TODO-DOC */
    Object getEndedObject();
}
