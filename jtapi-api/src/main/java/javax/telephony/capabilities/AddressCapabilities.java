package javax.telephony.capabilities;

/** TODO-DOC */
public interface AddressCapabilities {
    /** TODO-DOC */
    boolean isObservable();
}
