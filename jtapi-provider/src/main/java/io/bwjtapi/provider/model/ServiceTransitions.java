package io.bwjtapi.provider.model;

import io.bwjtapi.config.FailoverStyle;
import io.bwjtapi.provider.call.CallImpl;
import io.bwjtapi.provider.call.ConnectionImpl;
import io.bwjtapi.provider.domain.AddressImpl;
import io.bwjtapi.provider.event.ChangeGroup;
import io.bwjtapi.provider.spi.CallUpdate;
import io.bwjtapi.provider.spi.ServiceCause;
import io.bwjtapi.provider.spi.ServiceSnapshot;
import io.bwjtapi.provider.spi.SwitchCause;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import javax.telephony.CallListener;
import javax.telephony.CallObserver;
import javax.telephony.Event;
import javax.telephony.Provider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The failover contract as operations on the model (model thread): losing and regaining the switch, one
 * device going out of and back in service, a device resync, a device that cannot be reopened. Each produces
 * the exact event sequence of the contract for the configured failover style. The shutdown is in
 * {@link Shutdown}.
 */
public final class ServiceTransitions {
    private static final Logger LOG = LoggerFactory.getLogger(ServiceTransitions.class);

    private final ProviderCore core;
    private final ModelEngine engine;

    ServiceTransitions(ProviderCore core, ModelEngine engine) {
        this.core = core;
        this.engine = engine;
    }

    private boolean cisco() {
        return core.config().failoverStyle() == FailoverStyle.CISCO;
    }

    /** @param address a device added while the provider is in service: it is in service at once */
    void deviceAddedInService(AddressImpl address) {
        address.serviceState(true, ServiceCause.NOT_YET_SYNCHRONISED);
    }

    /** @param cause why every channel was lost */
    public void connectionLost(ServiceCause cause) {
        if (!core.status().inService()) {
            LOG.debug("Connection lost while the provider is not in service; ignored");
            return;
        }
        core.status().moveTo(Provider.OUT_OF_SERVICE);
        List<AddressImpl> wereInService = new ArrayList<>();
        for (AddressImpl address : core.domain().addresses()) {
            if (address.inService()) {
                address.serviceState(false, cause);
                wereInService.add(address);
            }
        }
        if (cisco()) {
            endObservation(core.calls().reported());
        }
        for (AddressImpl address : wereInService) {
            core.serviceEvents().device(address, false, ServiceEvents.cause(cause));
        }
        core.serviceEvents().provider(Provider.OUT_OF_SERVICE, ServiceEvents.cause(cause));
        core.calls().publish();
    }

    /** @param snapshot the calls and devices after the switch is reachable again */
    public void connectionRestored(ServiceSnapshot snapshot) {
        if (core.status().state() == Provider.SHUTDOWN) {
            return;
        }
        if (!core.status().inService()) {
            core.status().moveTo(Provider.IN_SERVICE);
            core.serviceEvents().provider(Provider.IN_SERVICE, Event.CAUSE_NORMAL);
        }
        for (AddressImpl address : core.domain().addresses()) {
            ServiceCause stays = snapshot.devicesOutOfService().get(address.getName());
            if (address.closed()) {
                continue;
            }
            if (stays != null) {
                deviceOutOfService(address, stays);
            } else if (!address.inService()) {
                address.serviceState(true, ServiceCause.NOT_YET_SYNCHRONISED);
                core.serviceEvents().device(address, true, Event.CAUSE_NORMAL);
            }
        }
        reconcile(snapshot.calls(), core.calls().reported(), c -> true);
        core.calls().publish();
    }

    /**
     * @param address the device
     * @param cause why it is out of service
     */
    public void deviceOutOfService(AddressImpl address, ServiceCause cause) {
        if (address.closed()) {
            return;
        }
        boolean wasInService = address.inService();
        address.serviceState(false, cause);
        if (!wasInService || !core.status().inService()) {
            return;
        }
        if (cisco()) {
            endObservation(callsAt(address));
        }
        core.serviceEvents().device(address, false, ServiceEvents.cause(cause));
        core.calls().publish();
    }

    /**
     * @param address the device
     * @param calls the complete state of its calls
     */
    public void deviceInService(AddressImpl address, List<CallUpdate> calls) {
        if (address.closed() || !core.status().inService()) {
            LOG.debug("{} reported in service while it is closed or the provider is not in service; ignored",
                    address);
            core.stats().droppedFact();
            return;
        }
        if (!address.inService()) {
            address.serviceState(true, ServiceCause.NOT_YET_SYNCHRONISED);
            core.serviceEvents().device(address, true, Event.CAUSE_NORMAL);
        }
        reconcileDevice(address, calls);
    }

    /**
     * @param address the device
     * @param calls the complete state of its calls
     * @param cause why it was resynchronised
     */
    public void deviceResynced(AddressImpl address, List<CallUpdate> calls, ServiceCause cause) {
        if (cisco()) {
            deviceOutOfService(address, cause);
        }
        deviceInService(address, calls);
    }

    /**
     * @param address the device that cannot be monitored any more
     * @param cause why
     */
    public void deviceClosed(AddressImpl address, ServiceCause cause) {
        if (address.closed()) {
            return;
        }
        deviceOutOfService(address, cause);
        reconcileDevice(address, List.of());
        address.close();
        core.serviceEvents().deviceEnded(address);
        core.calls().publish();
    }

    private void reconcileDevice(AddressImpl address, List<CallUpdate> calls) {
        Predicate<ConnectionImpl> scope = c -> c.address() == address || !c.address().isLocal();
        reconcile(calls, callsAt(address), scope);
        core.calls().publish();
    }

    /**
     * Brings calls in line with complete updates: calls listed are updated (callbacks that join get snapshots
     * in the Cisco style), calls in {@code known} that are not listed lose the connections in scope, calls
     * that are new are created.
     */
    private void reconcile(List<CallUpdate> updates, List<CallImpl> known, Predicate<ConnectionImpl> scope) {
        boolean resync = cisco();
        Map<String, CallUpdate> byId = new LinkedHashMap<>();
        for (CallUpdate update : updates) {
            byId.put(update.callId(), update);
        }
        for (CallImpl call : known) {
            CallUpdate update = byId.remove(call.getCallId());
            CallUpdate complete = update != null ? update : CallUpdate.of(call.getCallId());
            engine.run(ChangeGroup.Kind.PROGRESS, List.of(Step.complete(call, complete, scope, SwitchCause.UNKNOWN)),
                    call, resync);
        }
        for (CallUpdate update : byId.values()) {
            CallImpl call = core.calls().get(update.callId());
            if (call == null) {
                call = engine.newCall(update);
            }
            if (call != null) {
                engine.run(ChangeGroup.Kind.PROGRESS, List.of(Step.complete(call, update, scope, SwitchCause.UNKNOWN)),
                        call, resync);
            }
        }
    }

    private List<CallImpl> callsAt(AddressImpl address) {
        List<CallImpl> calls = new ArrayList<>();
        for (CallImpl call : core.calls().reported()) {
            for (ConnectionImpl c : call.liveConnections()) {
                if (c.address() == address && !calls.contains(call)) {
                    calls.add(call);
                }
            }
        }
        return calls;
    }

    /** Re-evaluates who follows the calls after a service change and delivers the ends of observation. */
    private void endObservation(List<CallImpl> calls) {
        ByRecipient<CallObserver, Object[]> observers = new ByRecipient<>();
        ByRecipient<CallListener, CallImpl> listeners = new ByRecipient<>();
        Following following = engine.following();
        for (CallImpl call : calls) {
            following.updateVisibility(call);
            Following.AttachDelta delta = following.update(call);
            for (Attachments.Detached<CallObserver> ended : delta.endedObservers) {
                observers.add(ended.member(), new Object[] {call, ended.via()});
            }
            for (Attachments.Detached<CallListener> ended : delta.endedListeners) {
                listeners.add(ended.member(), call);
            }
        }
        core.router().observationEnded(observers, listeners);
    }
}
