package io.bwjtapi.provider.model;

import io.bwjtapi.provider.domain.AddressImpl;
import io.bwjtapi.provider.spi.CallMerge;
import io.bwjtapi.provider.spi.CallUpdate;
import io.bwjtapi.provider.spi.DeviceInfo;
import io.bwjtapi.provider.spi.ServiceCause;
import io.bwjtapi.provider.spi.ServiceSnapshot;
import io.bwjtapi.provider.spi.SwitchCause;
import io.bwjtapi.provider.spi.SwitchEventSink;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The layer's {@link SwitchEventSink}: queues every fact on the model thread, in call order, and drops
 * malformed ones ({@code null} arguments, unknown devices) with a DEBUG line and a count.
 */
public final class SinkAdapter implements SwitchEventSink {
    private static final Logger LOG = LoggerFactory.getLogger(SinkAdapter.class);

    private final ProviderCore core;

    /** @param core the provider */
    public SinkAdapter(ProviderCore core) {
        this.core = core;
    }

    @Override
    public void devicesAdded(Collection<DeviceInfo> devices) {
        if (present("devicesAdded", devices)) {
            List<DeviceInfo> copy = List.copyOf(devices);
            core.model().execute("devicesAdded", () -> core.engine().devicesAdded(copy));
        }
    }

    @Override
    public void callChanged(CallUpdate update) {
        if (present("callChanged", update)) {
            core.model().execute(update, () -> core.engine().callChanged(update));
        }
    }

    @Override
    public void callsMerged(CallMerge merge) {
        if (present("callsMerged", merge)) {
            core.model().execute(merge, () -> core.engine().callsMerged(merge));
        }
    }

    @Override
    public void callRemoved(String callId, SwitchCause cause) {
        if (present("callRemoved", callId) && present("callRemoved", cause)) {
            core.model().execute("callRemoved " + callId, () -> core.engine().callRemoved(callId, cause));
        }
    }

    @Override
    public void connectionLost(ServiceCause cause) {
        if (present("connectionLost", cause)) {
            core.model().execute("connectionLost", () -> core.engine().service().connectionLost(cause));
        }
    }

    @Override
    public void connectionRestored(ServiceSnapshot snapshot) {
        if (present("connectionRestored", snapshot)) {
            core.model().execute("connectionRestored", () -> core.engine().service().connectionRestored(snapshot));
        }
    }

    @Override
    public void deviceOutOfService(String address, ServiceCause cause) {
        if (present("deviceOutOfService", cause)) {
            device("deviceOutOfService", address, a -> core.engine().service().deviceOutOfService(a, cause));
        }
    }

    @Override
    public void deviceInService(String address, List<CallUpdate> calls) {
        if (present("deviceInService", calls)) {
            List<CallUpdate> copy = List.copyOf(calls);
            device("deviceInService", address, a -> core.engine().service().deviceInService(a, copy));
        }
    }

    @Override
    public void deviceResynced(String address, List<CallUpdate> calls, ServiceCause cause) {
        if (present("deviceResynced", calls) && present("deviceResynced", cause)) {
            List<CallUpdate> copy = List.copyOf(calls);
            device("deviceResynced", address, a -> core.engine().service().deviceResynced(a, copy, cause));
        }
    }

    @Override
    public void deviceClosed(String address, ServiceCause cause) {
        if (present("deviceClosed", cause)) {
            device("deviceClosed", address, a -> core.engine().service().deviceClosed(a, cause));
        }
    }

    @Override
    public void gaveUp(ServiceCause cause, String detail) {
        if (present("gaveUp", cause)) {
            core.model().execute("gaveUp", () -> new Shutdown(core).run(ServiceEvents.cause(cause),
                    "the switch side gave up: " + detail));
        }
    }

    private void device(String what, String name, Consumer<AddressImpl> action) {
        if (!present(what, name)) {
            return;
        }
        core.model().execute(what + " " + name, () -> {
            AddressImpl address = core.domain().address(name);
            if (address == null) {
                LOG.debug("{} for unknown device {} dropped", what, name);
                core.stats().droppedFact();
            } else {
                action.accept(address);
            }
        });
    }

    private boolean present(String what, Object argument) {
        if (argument == null) {
            LOG.debug("{} with a null argument dropped", what);
            core.stats().droppedFact();
            return false;
        }
        return true;
    }
}
