package io.bwjtapi.broadworks.jmx;

import io.bwjtapi.provider.spi.CallMerge;
import io.bwjtapi.provider.spi.CallUpdate;
import io.bwjtapi.provider.spi.DeviceInfo;
import io.bwjtapi.provider.spi.ServiceCause;
import io.bwjtapi.provider.spi.ServiceSnapshot;
import io.bwjtapi.provider.spi.SwitchCause;
import io.bwjtapi.provider.spi.SwitchEventSink;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Passes everything a session reports to the JTAPI layer on unchanged, and remembers the service states it
 * reported: the provider's, and which devices are out of service. So JMX shows exactly what the application sees.
 */
final class ServiceStateWatch implements SwitchEventSink {
    private final SwitchEventSink layer;
    private final Set<String> devices = ConcurrentHashMap.newKeySet();
    private final Set<String> outOfService = ConcurrentHashMap.newKeySet();
    private volatile String providerState = "OUT_OF_SERVICE";

    /** @param layer the JTAPI layer's sink */
    ServiceStateWatch(SwitchEventSink layer) {
        this.layer = layer;
    }

    String providerState() {
        return providerState;
    }

    int devices() {
        return devices.size();
    }

    int devicesOutOfService() {
        return "IN_SERVICE".equals(providerState) ? outOfService.size() : devices.size();
    }

    @Override
    public void devicesAdded(Collection<DeviceInfo> added) {
        for (DeviceInfo device : added) {
            devices.add(device.address());
        }
        layer.devicesAdded(added);
    }

    @Override
    public void callChanged(CallUpdate update) {
        layer.callChanged(update);
    }

    @Override
    public void callsMerged(CallMerge merge) {
        layer.callsMerged(merge);
    }

    @Override
    public void callRemoved(String callId, SwitchCause cause) {
        layer.callRemoved(callId, cause);
    }

    @Override
    public void connectionLost(ServiceCause cause) {
        providerState = "OUT_OF_SERVICE";
        layer.connectionLost(cause);
    }

    @Override
    public void connectionRestored(ServiceSnapshot snapshot) {
        outOfService.clear();
        outOfService.addAll(snapshot.devicesOutOfService().keySet());
        providerState = "IN_SERVICE";
        layer.connectionRestored(snapshot);
    }

    @Override
    public void deviceOutOfService(String address, ServiceCause cause) {
        outOfService.add(address);
        layer.deviceOutOfService(address, cause);
    }

    @Override
    public void deviceInService(String address, List<CallUpdate> calls) {
        outOfService.remove(address);
        layer.deviceInService(address, calls);
    }

    @Override
    public void deviceResynced(String address, List<CallUpdate> calls, ServiceCause cause) {
        outOfService.remove(address);
        layer.deviceResynced(address, calls, cause);
    }

    @Override
    public void deviceClosed(String address, ServiceCause cause) {
        devices.remove(address);
        outOfService.remove(address);
        layer.deviceClosed(address, cause);
    }

    @Override
    public void gaveUp(ServiceCause cause, String detail) {
        providerState = "SHUTDOWN";
        layer.gaveUp(cause, detail);
    }
}
