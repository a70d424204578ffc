package io.bwjtapi.broadworks.jmx;

import io.bwjtapi.broadworks.stats.SessionStats;
import io.bwjtapi.provider.spi.SwitchEventSink;
import io.bwjtapi.xsi.channel.EventChannel;
import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.function.Supplier;
import javax.management.JMException;
import javax.management.MBeanServer;
import javax.management.ObjectName;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Registers a provider's MBean in the platform MBean server under
 * {@code io.bwjtapi:type=Provider,name="<provider name>"} (with {@code ,instance=<n>} when several open providers
 * share a name) and unregisters it when the session closes. JMX trouble is logged and never stops a provider.
 */
public final class ProviderMBeans {
    /** The domain and type of every provider MBean. */
    public static final String PATTERN = "io.bwjtapi:type=Provider,*";
    private static final Logger LOG = LoggerFactory.getLogger(ProviderMBeans.class);

    private final ServiceStateWatch states;
    private volatile ObjectName registered;

    private ProviderMBeans(SwitchEventSink layer) {
        this.states = new ServiceStateWatch(layer);
    }

    /**
     * @param layer the JTAPI layer's sink
     * @return the MBean's watch on a session; give the session {@link #sink()} instead of {@code layer}
     */
    public static ProviderMBeans watching(SwitchEventSink layer) {
        return new ProviderMBeans(layer);
    }

    /** @return the sink the session reports to: the layer's, with the reported states remembered on the way */
    public SwitchEventSink sink() {
        return states;
    }

    /**
     * Registers the MBean.
     *
     * @param providerName the provider's name (never contains the password)
     * @param stats the session's counters
     * @param channels the session's event channels
     */
    public void register(String providerName, SessionStats stats, Supplier<List<EventChannel>> channels) {
        MBeanServer server = ManagementFactory.getPlatformMBeanServer();
        BwProviderBean bean = new BwProviderBean(providerName, stats, channels, states);
        try {
            for (int instance = 1; registered == null; instance++) {
                ObjectName name = name(providerName, instance);
                if (!server.isRegistered(name)) {
                    server.registerMBean(bean, name);
                    registered = name;
                }
            }
            LOG.debug("Registered MBean {}", registered);
        } catch (JMException | RuntimeException e) {
            LOG.warn("Cannot register the provider's MBean: {}", e.toString());
        }
    }

    /** Unregisters the MBean, if it was registered. */
    public void unregister() {
        ObjectName name = registered;
        registered = null;
        if (name == null) {
            return;
        }
        try {
            ManagementFactory.getPlatformMBeanServer().unregisterMBean(name);
        } catch (JMException | RuntimeException e) {
            LOG.debug("Cannot unregister MBean {}: {}", name, e.toString());
        }
    }

    /** @return the name it is registered under, or {@code null} */
    public ObjectName registeredName() {
        return registered;
    }

    static ObjectName name(String providerName, int instance) throws JMException {
        return new ObjectName("io.bwjtapi:type=Provider,name=" + ObjectName.quote(providerName)
                + (instance > 1 ? ",instance=" + instance : ""));
    }
}
