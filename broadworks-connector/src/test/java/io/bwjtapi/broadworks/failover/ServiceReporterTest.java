package io.bwjtapi.broadworks.failover;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.bwjtapi.broadworks.internal.SwitchThread;
import io.bwjtapi.broadworks.stats.SessionStats;
import io.bwjtapi.broadworks.support.RecordingSink;
import io.bwjtapi.broadworks.users.MonitoredUser;
import io.bwjtapi.broadworks.users.MonitoredUsers;
import io.bwjtapi.failover.DeviceId;
import io.bwjtapi.failover.decision.DeviceStateChange;
import io.bwjtapi.failover.decision.ProviderStateChange;
import io.bwjtapi.failover.state.DeviceCause;
import io.bwjtapi.failover.state.DeviceState;
import io.bwjtapi.failover.state.ProviderState;
import io.bwjtapi.provider.spi.CallUpdate;
import io.bwjtapi.provider.spi.ServiceCause;
import io.bwjtapi.provider.spi.ServiceSnapshot;
import io.bwjtapi.testsupport.Await;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The policy's provider and device states become exactly the failover operations of the contract. */
class ServiceReporterTest {
    private static final String A = "a@t";
    private static final String B = "b@t";

    private final RecordingSink sink = new RecordingSink();
    private final SwitchThread thread = new SwitchThread();
    private final MonitoredUsers users = new MonitoredUsers(List.of(new MonitoredUser(A, null, "1001"),
            new MonitoredUser(B, null, "1002")));
    private final DeviceCalls calls = new DeviceCalls() {
        @Override
        public List<CallUpdate> completeCallsAt(String userId, Predicate<String> visible) {
            return List.of();
        }

        @Override
        public ServiceSnapshot restore(Predicate<String> visible, Map<String, ServiceCause> outOfService) {
            return new ServiceSnapshot(List.of(), outOfService);
        }
    };
    private final ServiceReporter reporter = new ServiceReporter(sink, () -> users, calls, thread,
            Clock.systemUTC(), new SessionStats(), Duration.ofMillis(200));

    @AfterEach
    void stop() {
        thread.shutdown();
    }

    private void step(Runnable changes) throws Exception {
        thread.supply(() -> {
            changes.run();
            reporter.settle();
            return null;
        }).get(5, TimeUnit.SECONDS);
    }

    private void provider(ProviderState from, ProviderState to) {
        reporter.provider(new ProviderStateChange(from, to, ProviderStateChange.Reason.CHANNELS_LIVE, Instant.now()));
    }

    private void device(String userId, DeviceState from, DeviceState to, DeviceCause cause) {
        reporter.device(new DeviceStateChange(DeviceId.of(userId), from, to, cause, Instant.now()));
    }

    private void open() throws Exception {
        step(() -> {
            reporter.devicesAdded();
            provider(ProviderState.CONNECTING, ProviderState.IN_SERVICE);
            device(A, DeviceState.OUT_OF_SERVICE, DeviceState.RESYNCING, DeviceCause.RESYNC_STARTED);
            device(B, DeviceState.OUT_OF_SERVICE, DeviceState.RESYNCING, DeviceCause.RESYNC_STARTED);
        });
        step(() -> device(A, DeviceState.RESYNCING, DeviceState.IN_SERVICE, DeviceCause.SNAPSHOT_APPLIED));
        assertEquals(List.of(), sink.take(), "the provider waits for every device's snapshot");
        step(() -> device(B, DeviceState.RESYNCING, DeviceState.IN_SERVICE, DeviceCause.SNAPSHOT_APPLIED));
        assertEquals(List.of("connectionRestored [] out of service {}"), sink.take());
    }

    @Test
    void theProviderComesInServiceOnceEveryDeviceHasItsSnapshot() throws Exception {
        open();
    }

    @Test
    void aDeviceWithoutSnapshotStaysOutOfServiceAfterTheRestoreWait() throws Exception {
        step(() -> {
            reporter.devicesAdded();
            provider(ProviderState.CONNECTING, ProviderState.IN_SERVICE);
            device(A, DeviceState.OUT_OF_SERVICE, DeviceState.IN_SERVICE, DeviceCause.SNAPSHOT_APPLIED);
        });
        Await.until(Duration.ofSeconds(5), "the restore after the wait", () -> reporter.inService());
        assertEquals(List.of("connectionRestored [] out of service {1002=NOT_YET_SYNCHRONISED}"), sink.take());
        step(() -> device(B, DeviceState.OUT_OF_SERVICE, DeviceState.IN_SERVICE, DeviceCause.SNAPSHOT_APPLIED));
        assertEquals(List.of("deviceInService 1002 []"), sink.take());
    }

    @Test
    void losingEveryChannelIsOneConnectionLostAndComingBackOneRestore() throws Exception {
        open();
        step(() -> provider(ProviderState.IN_SERVICE, ProviderState.DEGRADED));
        assertEquals(List.of(), sink.take(), "the grace period hides a short loss");
        step(() -> {
            device(A, DeviceState.IN_SERVICE, DeviceState.OUT_OF_SERVICE, DeviceCause.CONNECTION_LOST);
            device(B, DeviceState.IN_SERVICE, DeviceState.OUT_OF_SERVICE, DeviceCause.CONNECTION_LOST);
            provider(ProviderState.DEGRADED, ProviderState.OUT_OF_SERVICE);
        });
        assertEquals(List.of("connectionLost CONNECTION_LOST"), sink.take());
        step(() -> {
            provider(ProviderState.OUT_OF_SERVICE, ProviderState.IN_SERVICE);
            device(A, DeviceState.OUT_OF_SERVICE, DeviceState.RESYNCING, DeviceCause.RESYNC_STARTED);
            device(B, DeviceState.OUT_OF_SERVICE, DeviceState.RESYNCING, DeviceCause.RESYNC_STARTED);
        });
        step(() -> {
            device(A, DeviceState.RESYNCING, DeviceState.IN_SERVICE, DeviceCause.SNAPSHOT_APPLIED);
            device(B, DeviceState.RESYNCING, DeviceState.IN_SERVICE, DeviceCause.SNAPSHOT_APPLIED);
        });
        assertEquals(List.of("connectionRestored [] out of service {}"), sink.take());
    }

    @Test
    void outOfServiceAndBackInOneStepIsAResync() throws Exception {
        open();
        step(() -> {
            device(A, DeviceState.IN_SERVICE, DeviceState.OUT_OF_SERVICE, DeviceCause.SERVER_FAILOVER);
            device(A, DeviceState.OUT_OF_SERVICE, DeviceState.IN_SERVICE, DeviceCause.SNAPSHOT_APPLIED);
        });
        assertEquals(List.of("deviceResynced 1001 SERVER_FAILOVER []"), sink.take());
    }

    @Test
    void aLostSubscriptionTakesOnlyItsDeviceOutOfService() throws Exception {
        open();
        step(() -> device(B, DeviceState.IN_SERVICE, DeviceState.OUT_OF_SERVICE, DeviceCause.SUBSCRIPTION_LOST));
        step(() -> device(B, DeviceState.OUT_OF_SERVICE, DeviceState.RESYNCING, DeviceCause.RESYNC_STARTED));
        step(() -> device(B, DeviceState.RESYNCING, DeviceState.IN_SERVICE, DeviceCause.SNAPSHOT_APPLIED));
        assertEquals(List.of("deviceOutOfService 1002 OUT_OF_SYNC", "deviceInService 1002 []"), sink.take());
    }

    @Test
    void aDeviceClosedDuringTheOutageIsReportedClosedRightAfterTheRestore() throws Exception {
        open();
        step(() -> {
            device(A, DeviceState.IN_SERVICE, DeviceState.OUT_OF_SERVICE, DeviceCause.CONNECTION_LOST);
            device(B, DeviceState.IN_SERVICE, DeviceState.OUT_OF_SERVICE, DeviceCause.CONNECTION_LOST);
            provider(ProviderState.IN_SERVICE, ProviderState.OUT_OF_SERVICE);
        });
        step(() -> {
            provider(ProviderState.OUT_OF_SERVICE, ProviderState.IN_SERVICE);
            device(B, DeviceState.OUT_OF_SERVICE, DeviceState.CLOSED, DeviceCause.SUBSCRIPTION_REFUSED);
            device(A, DeviceState.OUT_OF_SERVICE, DeviceState.IN_SERVICE, DeviceCause.SNAPSHOT_APPLIED);
        });
        assertEquals(List.of("connectionLost CONNECTION_LOST",
                "connectionRestored [] out of service {1002=DEVICE_REMOVED}",
                "deviceClosed 1002 DEVICE_REMOVED"), sink.take());
    }

    @Test
    void devicesClosedByTheShutdownAreNotReported() throws Exception {
        open();
        step(() -> {
            device(A, DeviceState.IN_SERVICE, DeviceState.CLOSED, DeviceCause.PROVIDER_SHUTDOWN);
            device(B, DeviceState.IN_SERVICE, DeviceState.CLOSED, DeviceCause.PROVIDER_SHUTDOWN);
            provider(ProviderState.IN_SERVICE, ProviderState.SHUTDOWN);
        });
        assertEquals(List.of(), sink.take());
    }
}
