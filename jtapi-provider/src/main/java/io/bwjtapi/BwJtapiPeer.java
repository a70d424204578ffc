package io.bwjtapi;

import io.bwjtapi.config.ProviderConfig;
import io.bwjtapi.config.ProviderStringParser;
import io.bwjtapi.provider.BwProviderImpl;
import io.bwjtapi.provider.spi.SwitchConnector;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import java.util.function.Supplier;
import javax.telephony.JtapiPeer;
import javax.telephony.Provider;
import javax.telephony.ProviderUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bwjtapi JTAPI peer: the class applications name to
 * {@code JtapiPeerFactory.getJtapiPeer("io.bwjtapi.BwJtapiPeer")}.
 * <p>
 * {@link #getProvider(String)} takes a Cisco-style provider string,
 * {@code xsp1[:port][,xsp2[:port]...];login=...;passwd=...[;key=value...]} (every key is documented in
 * {@link io.bwjtapi.config.ConfigKey}), and returns a provider that is {@link Provider#OUT_OF_SERVICE} and goes
 * {@link Provider#IN_SERVICE} by itself once every monitored user is synchronised. The switch behind the
 * provider is reached through a {@link SwitchConnector} found with {@link ServiceLoader} and selected by the
 * key {@code connector} (default {@code broadworks}).
 */
public final class BwJtapiPeer implements JtapiPeer {
    /** The name applications pass to {@code JtapiPeerFactory.getJtapiPeer}. */
    public static final String NAME = "io.bwjtapi.BwJtapiPeer";
    /** System property listing the services {@link #getServices()} returns, separated by {@code |}. */
    public static final String SERVICES_PROPERTY = "bwjtapi.services";

    private static final Logger LOG = LoggerFactory.getLogger(BwJtapiPeer.class);

    private final Supplier<List<SwitchConnector>> connectors;

    /** Creates the peer; connectors are looked up with the {@link ServiceLoader} of the context class loader. */
    public BwJtapiPeer() {
        this(BwJtapiPeer::loadConnectors);
    }

    BwJtapiPeer(Supplier<List<SwitchConnector>> connectors) {
        this.connectors = connectors;
    }

    @Override
    public String getName() {
        return NAME;
    }

    /**
     * Returns the XSP lists configured in the system property {@code bwjtapi.services} (groups separated by
     * {@code |}, for example {@code xsp1,xsp2|xsp3}); each is a valid first part of a provider string.
     *
     * @return the services, or {@code null} when none are configured
     */
    @Override
    public String[] getServices() {
        String configured = System.getProperty(SERVICES_PROPERTY);
        if (configured == null) {
            return null;
        }
        List<String> services = new ArrayList<>();
        for (String service : configured.split("\\|")) {
            if (!service.trim().isEmpty()) {
                services.add(service.trim());
            }
        }
        return services.isEmpty() ? null : services.toArray(new String[0]);
    }

    @Override
    public Provider getProvider(String providerString) {
        ProviderConfig config = new ProviderStringParser(System.getProperties()).parse(providerString);
        SwitchConnector connector = connector(config.connector());
        LOG.info("Opening provider {} with connector '{}'", config.providerName(), connector.name());
        return BwProviderImpl.open(config, connector);
    }

    private SwitchConnector connector(String name) {
        List<SwitchConnector> installed = connectors.get();
        List<String> names = new ArrayList<>();
        for (SwitchConnector connector : installed) {
            if (connector.name().equalsIgnoreCase(name)) {
                return connector;
            }
            names.add(connector.name());
        }
        throw new ProviderUnavailableException(ProviderUnavailableException.CAUSE_INVALID_SERVICE,
                "No switch connector named '" + name + "' is installed (installed: " + names + "); the BroadWorks "
                        + "connector comes with the bwjtapi adapter module, which is not on the class path");
    }

    private static List<SwitchConnector> loadConnectors() {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        List<SwitchConnector> found = new ArrayList<>();
        for (SwitchConnector connector : ServiceLoader.load(SwitchConnector.class,
                loader != null ? loader : BwJtapiPeer.class.getClassLoader())) {
            found.add(connector);
        }
        return found;
    }

    @Override
    public String toString() {
        return NAME;
    }

}
