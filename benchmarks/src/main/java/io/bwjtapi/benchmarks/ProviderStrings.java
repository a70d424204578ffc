package io.bwjtapi.benchmarks;

import io.bwjtapi.simulator.SimulatorConfig;
import java.net.URI;
import java.util.List;
import java.util.stream.Collectors;
import javax.telephony.JtapiPeerFactory;
import javax.telephony.JtapiPeerUnavailableException;
import javax.telephony.Provider;

/**
 * Opens providers on a simulator the way applications do: through {@code JtapiPeerFactory} with a provider string
 * (the simulator's administrator, plain HTTP, the provider's default HA settings), monitoring every user of the
 * group directory of one user.
 */
public final class ProviderStrings {
    private ProviderStrings() {
    }

    /**
     * @param xsps the simulator's XSP base URIs
     * @param directoryUser a user whose group directory lists the users to monitor
     * @return the provider string
     */
    public static String forSimulator(List<URI> xsps, String directoryUser) {
        return xsps.stream().map(xsp -> xsp.getHost() + ":" + xsp.getPort()).collect(Collectors.joining(","))
                + ";login=" + SimulatorConfig.DEFAULT_ADMIN_LOGIN + ";passwd=" + SimulatorConfig.DEFAULT_PASSWORD
                + ";tls=false;directoryUser=" + directoryUser;
    }

    /**
     * @param providerString a provider string
     * @return the provider (out of service until every monitored user is synchronised)
     * @throws JtapiPeerUnavailableException when bwjtapi is not on the class path
     */
    public static Provider open(String providerString) throws JtapiPeerUnavailableException {
        return JtapiPeerFactory.getJtapiPeer("io.bwjtapi.BwJtapiPeer").getProvider(providerString);
    }
}
