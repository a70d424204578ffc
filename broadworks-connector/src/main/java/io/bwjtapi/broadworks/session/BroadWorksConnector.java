package io.bwjtapi.broadworks.session;

import io.bwjtapi.broadworks.jmx.ProviderMBeans;
import io.bwjtapi.broadworks.stats.SessionStats;
import io.bwjtapi.config.ProviderConfig;
import io.bwjtapi.provider.spi.SwitchCommands;
import io.bwjtapi.provider.spi.SwitchConnectException;
import io.bwjtapi.provider.spi.SwitchConnector;
import io.bwjtapi.provider.spi.SwitchEventSink;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The {@code broadworks} switch connector (the default of the provider string key {@code connector}): opens a
 * session with BroadWorks through its XSPs for each provider. Registered for {@link java.util.ServiceLoader} in
 * {@code META-INF/services/io.bwjtapi.provider.spi.SwitchConnector}; applications never call it directly.
 * <p>
 * A session monitors the users of the {@code users} key, or else every user of the group directory of
 * {@code directoryUser} (default: the login). It returns when one XSP has accepted the login and the users are
 * known; the provider goes in service once every user's calls are known, and follows the failover contract from
 * then on. {@link #stats(String)} gives each open session's counters (for monitoring); each open provider is also
 * an MBean ({@link io.bwjtapi.broadworks.jmx.BwProviderMXBean}).
 * <p>
 * <b>Threading.</b> Each session has one switch thread, the single writer of its call model and failover policy
 * and the only caller of the JTAPI layer's sink, so facts reach the layer in order: the Xsi client's events and
 * transport facts are handed to it, and the failover policy's one timer runs on it; it never waits for I/O.
 * Commands from application threads go straight to Xsi-Actions: the party's Xsi callId travels with the command as
 * the connection's handle, so no lock or model copy is needed; only a connection without a handle is looked up in
 * the model, by a hop through the switch thread.
 */
public final class BroadWorksConnector implements SwitchConnector {
    /** The connector's name, {@value}. */
    public static final String NAME = "broadworks";

    private static final Map<String, SessionStats> OPEN = new ConcurrentHashMap<>();

    /** Creates the connector; {@link java.util.ServiceLoader} calls this. */
    public BroadWorksConnector() {
        // stateless: each connect opens its own session
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public SwitchCommands connect(ProviderConfig config, SwitchEventSink sink) throws SwitchConnectException {
        ProviderMBeans jmx = ProviderMBeans.watching(sink);
        Session session = new Session(SessionSettings.of(config, Clock.systemUTC()), jmx.sink());
        String name = config.providerName();
        try {
            SwitchCommands commands = session.open();
            SessionStats stats = session.stats();
            OPEN.put(name, stats);
            jmx.register(name, stats, session::channels);
            session.onClose(() -> {
                OPEN.remove(name, stats);
                jmx.unregister();
            });
            return commands;
        } catch (SwitchConnectException | RuntimeException e) {
            session.close();
            if (e instanceof SwitchConnectException) {
                throw (SwitchConnectException) e;
            }
            throw new SwitchConnectException(SwitchConnectException.Reason.FAILED, e.toString(), e);
        }
    }

    /**
     * @param providerName a provider's name ({@code Provider.getName()}: the XSP list and the login)
     * @return the counters of the open session of the provider with that name (the latest, if several share it)
     */
    public static Optional<SessionStats> stats(String providerName) {
        return Optional.ofNullable(OPEN.get(providerName));
    }

    @Override
    public String toString() {
        return "BroadWorksConnector[" + NAME + "]";
    }
}
