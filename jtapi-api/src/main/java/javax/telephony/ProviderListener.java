package javax.telephony;

import java.util.EventListener;

/** TODO-DOC */
public interface ProviderListener extends EventListener {
    /** TODO-DOC */
    void providerEventTransmissionEnded(ProviderEvent providerEvent);

    /** TODO-DOC */
    void providerInService(ProviderEvent providerEvent);

    /** TODO-DOC */
    void providerOutOfService(ProviderEvent providerEvent);

    /** TODO-DOC */
    void providerShutdown(ProviderEvent providerEvent);
}
