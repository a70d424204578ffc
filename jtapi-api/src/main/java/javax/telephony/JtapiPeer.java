package javax.telephony;

/** TODO-DOC */
public interface JtapiPeer {
    /** TODO-DOC */
    String getName();

    /** TODO-DOC */
    Provider getProvider(String name) throws ProviderUnavailableException;

    /** TODO-DOC */
    String[] getServices();
}
