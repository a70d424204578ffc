package io.bwjtapi.api.peers;

import javax.telephony.JtapiPeer;
import javax.telephony.Provider;
import javax.telephony.ProviderUnavailableException;

/**
 * The part every test peer shares: a peer that names itself after its class and offers no services, so
 * that {@link #getProvider(String)} always reports that the service is unknown.
 */
public abstract class FixturePeer implements JtapiPeer {
    @Override
    public String getName() {
        return getClass().getName();
    }

    @Override
    public Provider getProvider(String providerString) {
        throw new ProviderUnavailableException(ProviderUnavailableException.CAUSE_INVALID_SERVICE,
                getName() + " is a test peer and offers no service");
    }

    @Override
    public String[] getServices() {
        return new String[0];
    }
}
