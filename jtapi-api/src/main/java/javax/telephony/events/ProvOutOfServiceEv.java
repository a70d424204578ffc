package javax.telephony.events;

/** TODO-DOC */
public interface ProvOutOfServiceEv extends ProvEv {
    /** TODO-DOC */
    int ID = 113;
}
