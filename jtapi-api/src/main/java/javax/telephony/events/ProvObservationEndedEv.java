package javax.telephony.events;

/** TODO-DOC */
public interface ProvObservationEndedEv extends ProvEv {
    /** TODO-DOC */
    int ID = 112;
}
