package javax.telephony.capabilities;

/** TODO-DOC */
public interface CallCapabilities {
    /** TODO-DOC */
    boolean canConnect();

    /** TODO-DOC */
    boolean isObservable();
}
