package io.bwjtapi.broadworks.jmx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bwjtapi.broadworks.support.Rig;
import io.bwjtapi.broadworks.support.SequenceLog;
import io.bwjtapi.testsupport.Await;
import java.lang.management.ManagementFactory;
import java.util.Set;
import javax.management.MBeanServer;
import javax.management.ObjectName;
import javax.telephony.Provider;
import org.junit.jupiter.api.Test;

/** A provider on the simulator is visible in JMX while it is open: states, channels, counters, failover timings. */
class ProviderMBeanIT {
    final MBeanServer server = ManagementFactory.getPlatformMBeanServer();

    @Test
    void showsTheProviderThroughAFailoverAndLeavesOnShutdown() throws Exception {
        try (Rig rig = Rig.running(2)) {
            ObjectName name = new ObjectName("io.bwjtapi:type=Provider,name="
                    + ObjectName.quote(rig.provider().getName()));
            assertEquals(Set.of(name), server.queryNames(new ObjectName(ProviderMBeans.PATTERN), null));
            assertEquals("IN_SERVICE", server.getAttribute(name, "ProviderState"));
            assertEquals(3, server.getAttribute(name, "Devices"));
            assertEquals(0, server.getAttribute(name, "DevicesOutOfService"));
            Await.until(SequenceLog.WAIT, "both channels open", () -> open(name) == 2);
            assertEquals(2, ((String[]) server.getAttribute(name, "Channels")).length);
            assertEquals(-1L, server.getAttribute(name, "LastFailoverTotalMillis"));

            rig.sim.killXsp(0);
            rig.sim.killXsp(1);
            rig.awaitState(Provider.OUT_OF_SERVICE);
            assertEquals("OUT_OF_SERVICE", server.getAttribute(name, "ProviderState"));
            assertEquals(3, server.getAttribute(name, "DevicesOutOfService"));
            rig.sim.restoreXsp(0);
            rig.sim.restoreXsp(1);
            rig.awaitInService();
            Await.until(SequenceLog.WAIT, "the failover's timings", () -> total(name) > 0);
            assertEquals("IN_SERVICE", server.getAttribute(name, "ProviderState"));
            assertEquals(1L, server.getAttribute(name, "Failovers"));
            assertTrue((long) server.getAttribute(name, "ChannelLosses") >= 2);
            assertTrue((long) server.getAttribute(name, "Events") > 0);
            assertTrue((long) server.getAttribute(name, "LastFailoverReconnectMillis") >= 0);
            assertTrue(((String) server.getAttribute(name, "LastFailoverSummary")).contains("provider in service"));
            assertTrue(!((String) server.getAttribute(name, "LastFailoverStart")).isEmpty());

            rig.provider().shutdown();
            Await.until(SequenceLog.WAIT, "the MBean unregistered", () -> !server.isRegistered(name));
        }
    }

    private int open(ObjectName name) {
        try {
            return (int) server.getAttribute(name, "OpenChannels");
        } catch (Exception e) {
            return -1;
        }
    }

    private long total(ObjectName name) {
        try {
            return (long) server.getAttribute(name, "LastFailoverTotalMillis");
        } catch (Exception e) {
            return -1;
        }
    }
}
