package io.bwjtapi.provider.event;

import javax.telephony.Provider;
import javax.telephony.ProviderEvent;

/** A listener event about the provider. */
final class ProviderEventImpl extends ListenerEvent implements ProviderEvent {
    private static final long serialVersionUID = 1L;

    private final transient Provider provider;

    ProviderEventImpl(Provider provider, int id, int cause) {
        super(provider, id, cause, null);
        this.provider = provider;
    }

    @Override
    public Provider getProvider() {
        return provider;
    }
}
