package javax.telephony.events;

/** TODO-DOC */
public interface ProvInServiceEv extends ProvEv {
    /** TODO-DOC */
    int ID = 111;
}
