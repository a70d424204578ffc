package io.bwjtapi.demo.scenario;

import java.lang.management.ManagementFactory;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.management.JMException;
import javax.management.MBeanAttributeInfo;
import javax.management.MBeanServer;
import javax.management.ObjectName;

/**
 * The provider as an operator sees it in JMX ({@code io.bwjtapi:type=Provider,name=...}): the demo reads its
 * counters and its own timing of the last failover there.
 */
public final class ProviderJmx {
    private final MBeanServer server = ManagementFactory.getPlatformMBeanServer();
    private final ObjectName name;

    private ProviderJmx(ObjectName name) {
        this.name = name;
    }

    /**
     * @param providerName {@code Provider.getName()}
     * @return the provider's MBean, if it has one (bwjtapi's providers do while they are open)
     */
    public static Optional<ProviderJmx> of(String providerName) {
        MBeanServer server = ManagementFactory.getPlatformMBeanServer();
        try {
            for (ObjectName candidate : server.queryNames(new ObjectName("io.bwjtapi:type=Provider,*"), null)) {
                if (providerName.equals(server.getAttribute(candidate, "ProviderName"))) {
                    return Optional.of(new ProviderJmx(candidate));
                }
            }
        } catch (JMException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /** @return the object name */
    public ObjectName name() {
        return name;
    }

    /** @return when the provider detected the loss that began its last failover, if it had one */
    public Optional<Instant> lastFailoverStart() {
        Object start = attribute("LastFailoverStart");
        return start == null || start.toString().isEmpty() ? Optional.empty()
                : Optional.of(Instant.parse(start.toString()));
    }

    /** @return every attribute as {@code Name: value} lines, arrays one element per line */
    public List<String> attributes() {
        List<String> lines = new ArrayList<>();
        try {
            for (MBeanAttributeInfo attribute : server.getMBeanInfo(name).getAttributes()) {
                Object value = attribute(attribute.getName());
                if (value instanceof String[] values) {
                    lines.add(attribute.getName() + ":");
                    for (String v : values) {
                        lines.add("  " + v);
                    }
                } else {
                    lines.add(attribute.getName() + ": " + value);
                }
            }
        } catch (JMException e) {
            lines.add("(" + e + ")");
        }
        return lines;
    }

    private Object attribute(String attribute) {
        try {
            return server.getAttribute(name, attribute);
        } catch (JMException e) {
            return null;
        }
    }
}
