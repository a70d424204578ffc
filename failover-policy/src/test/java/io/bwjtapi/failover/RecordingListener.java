package io.bwjtapi.failover;

import io.bwjtapi.failover.decision.DeviceStateChange;
import io.bwjtapi.failover.decision.ProviderStateChange;
import io.bwjtapi.failover.event.ChannelStateChange;
import io.bwjtapi.failover.event.FailoverEventListener;
import java.util.ArrayList;
import java.util.List;

/** Records every transition the policy publishes. */
public final class RecordingListener implements FailoverEventListener {
    public final List<ProviderStateChange> provider = new ArrayList<>();
    public final List<DeviceStateChange> devices = new ArrayList<>();
    public final List<ChannelStateChange> channels = new ArrayList<>();

    @Override
    public void onProviderStateChange(ProviderStateChange change) {
        provider.add(change);
    }

    @Override
    public void onDeviceStateChange(DeviceStateChange change) {
        devices.add(change);
    }

    @Override
    public void onChannelStateChange(ChannelStateChange change) {
        channels.add(change);
    }
}
