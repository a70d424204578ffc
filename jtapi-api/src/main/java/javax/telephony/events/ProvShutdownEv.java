package javax.telephony.events;

/** TODO-DOC */
public interface ProvShutdownEv extends ProvEv {
    /** TODO-DOC */
    int ID = 114;
}
