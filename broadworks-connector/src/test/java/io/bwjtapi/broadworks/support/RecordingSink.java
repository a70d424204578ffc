package io.bwjtapi.broadworks.support;

import io.bwjtapi.provider.spi.CallMerge;
import io.bwjtapi.provider.spi.CallUpdate;
import io.bwjtapi.provider.spi.DeviceInfo;
import io.bwjtapi.provider.spi.ServiceCause;
import io.bwjtapi.provider.spi.ServiceSnapshot;
import io.bwjtapi.provider.spi.SwitchCause;
import io.bwjtapi.provider.spi.SwitchEventSink;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** A JTAPI layer stand-in that records every fact it is told, as text, in order. */
public final class RecordingSink implements SwitchEventSink {
    private final List<String> facts = new ArrayList<>();

    /** @return the facts so far, and forgets them */
    public synchronized List<String> take() {
        List<String> taken = new ArrayList<>(facts);
        facts.clear();
        return taken;
    }

    private synchronized void add(String fact) {
        facts.add(fact);
    }

    @Override
    public void devicesAdded(Collection<DeviceInfo> devices) {
        add("devicesAdded " + devices.size());
    }

    @Override
    public void callChanged(CallUpdate update) {
        add("callChanged " + update);
    }

    @Override
    public void callsMerged(CallMerge merge) {
        add("callsMerged " + merge);
    }

    @Override
    public void callRemoved(String callId, SwitchCause cause) {
        add("callRemoved " + callId + " " + cause);
    }

    @Override
    public void connectionLost(ServiceCause cause) {
        add("connectionLost " + cause);
    }

    @Override
    public void connectionRestored(ServiceSnapshot snapshot) {
        add("connectionRestored " + snapshot.calls() + " out of service " + snapshot.devicesOutOfService());
    }

    @Override
    public void deviceOutOfService(String address, ServiceCause cause) {
        add("deviceOutOfService " + address + " " + cause);
    }

    @Override
    public void deviceInService(String address, List<CallUpdate> calls) {
        add("deviceInService " + address + " " + calls);
    }

    @Override
    public void deviceResynced(String address, List<CallUpdate> calls, ServiceCause cause) {
        add("deviceResynced " + address + " " + cause + " " + calls);
    }

    @Override
    public void deviceClosed(String address, ServiceCause cause) {
        add("deviceClosed " + address + " " + cause);
    }

    @Override
    public void gaveUp(ServiceCause cause, String detail) {
        add("gaveUp " + cause + " " + detail);
    }
}
