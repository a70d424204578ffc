package io.bwjtapi.broadworks.jmx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

import io.bwjtapi.broadworks.stats.SessionStats;
import io.bwjtapi.provider.spi.DeviceInfo;
import io.bwjtapi.provider.spi.ServiceCause;
import io.bwjtapi.provider.spi.ServiceSnapshot;
import io.bwjtapi.provider.spi.SwitchEventSink;
import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.Map;
import javax.management.MBeanServer;
import javax.management.ObjectName;
import org.junit.jupiter.api.Test;

/** Names, registration and the service states the MBean remembers on their way to the JTAPI layer. */
class ProviderMBeansTest {
    static final String NAME = "xsp1.example.com:443,xsp2.example.com:443;login=admin@example.com";
    final MBeanServer server = ManagementFactory.getPlatformMBeanServer();

    @Test
    void providersSharingANameGetInstanceNumbersAndLeaveOnClose() throws Exception {
        ProviderMBeans first = ProviderMBeans.watching(mock(SwitchEventSink.class));
        ProviderMBeans second = ProviderMBeans.watching(mock(SwitchEventSink.class));
        first.register(NAME, new SessionStats(), List::of);
        second.register(NAME, new SessionStats(), List::of);
        assertEquals(new ObjectName("io.bwjtapi:type=Provider,name=" + ObjectName.quote(NAME)),
                first.registeredName());
        assertEquals("2", second.registeredName().getKeyProperty("instance"));
        assertEquals(NAME, server.getAttribute(first.registeredName(), "ProviderName"));
        ObjectName secondName = second.registeredName();
        first.unregister();
        second.unregister();
        assertFalse(server.isRegistered(secondName));
        assertNull(first.registeredName());
        second.unregister();
    }

    @Test
    void remembersTheStatesReportedToTheApplication() {
        SwitchEventSink layer = mock(SwitchEventSink.class);
        ServiceStateWatch watch = (ServiceStateWatch) ProviderMBeans.watching(layer).sink();
        watch.devicesAdded(List.of(DeviceInfo.of("1001", "user1001"), DeviceInfo.of("1002", "user1002")));
        assertEquals("OUT_OF_SERVICE", watch.providerState());
        assertEquals(2, watch.devicesOutOfService());
        watch.connectionRestored(new ServiceSnapshot(List.of(), Map.of("1002", ServiceCause.DEVICE_UNAVAILABLE)));
        assertEquals("IN_SERVICE", watch.providerState());
        assertEquals(1, watch.devicesOutOfService());
        watch.deviceInService("1002", List.of());
        watch.deviceOutOfService("1001", ServiceCause.SERVER_FAILOVER);
        assertEquals(1, watch.devicesOutOfService());
        watch.deviceResynced("1001", List.of(), ServiceCause.SERVER_FAILOVER);
        assertEquals(0, watch.devicesOutOfService());
        watch.connectionLost(ServiceCause.CONNECTION_LOST);
        assertEquals(2, watch.devicesOutOfService());
        watch.gaveUp(ServiceCause.RECONNECT_GAVE_UP, "limit");
        assertEquals("SHUTDOWN", watch.providerState());
        verify(layer).deviceResynced("1001", List.of(), ServiceCause.SERVER_FAILOVER);
        verify(layer).gaveUp(ServiceCause.RECONNECT_GAVE_UP, "limit");
        assertTrue(watch.devices() == 2);
    }
}
