package javax.telephony.capabilities;

/** TODO-DOC */
public interface ProviderCapabilities {
    /** TODO-DOC */
    boolean isObservable();
}
