package javax.telephony.events;

/** TODO-DOC */
public interface TermObservationEndedEv extends TermEv {
    /** TODO-DOC */
    int ID = 121;
}
