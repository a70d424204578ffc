package javax.telephony;

/** TODO-DOC */
public interface ProviderEvent extends Event {
    /** TODO-DOC */
    int PROVIDER_EVENT_TRANSMISSION_ENDED = 112;

    /** TODO-DOC */
    int PROVIDER_IN_SERVICE = 111;

    /** TODO-DOC */
    int PROVIDER_OUT_OF_SERVICE = 113;

    /** TODO-DOC */
    int PROVIDER_SHUTDOWN = 114;

    /** TODO-DOC */
    Provider getProvider();
}
