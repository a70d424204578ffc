package io.bwjtapi.tck.property;

import io.bwjtapi.tck.driver.ServiceChange;
import io.bwjtapi.tck.fixture.RecordedEvent;
import io.bwjtapi.tck.model.ApplicationView;
import io.bwjtapi.tck.model.EventKind;
import io.bwjtapi.tck.model.StateMachine;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.telephony.Provider;

/**
 * Failover sequences reach the application in the contract's order. Going down: the observation of every
 * call ends, then every device goes out of service, then the provider does; nothing of either kind after the
 * provider's event. While the provider is out of service: no call events and no device back in service.
 * Coming up: the provider in service, then its devices, then the snapshots; a snapshot never shows a call at
 * a device that is still out of service. Device rules apply only when the implementation reports device
 * service (see {@code DeviceServiceHooks}).
 */
public final class FailoverOrderCheck {
    private final List<Violation> out = new ArrayList<>();
    private final ApplicationView view = ApplicationView.empty();
    private final Set<String> inService;
    private final Set<String> knownDevices;
    private final boolean devices;
    private final Map<String, Integer> lastOutOfService = new HashMap<>();
    private final List<RecordedEvent> endings = new ArrayList<>();
    private final Map<Long, Set<String>> endingAddresses = new HashMap<>();
    private boolean providerOut;

    private FailoverOrderCheck(Set<String> initiallyInService, boolean devices) {
        this.inService = new HashSet<>(initiallyInService);
        this.knownDevices = new HashSet<>(initiallyInService);
        this.devices = devices;
    }

    /**
     * Checks one application's recording (all its callbacks).
     *
     * @param initiallyInService devices in service when recording began, as {@link #key} values
     * @param devices whether the implementation reports device service changes
     */
    public static List<Violation> check(List<RecordedEvent> events, Set<String> initiallyInService, boolean devices) {
        FailoverOrderCheck check = new FailoverOrderCheck(initiallyInService, devices);
        events.forEach(check::next);
        return check.out;
    }

    /** The key of a device: {@code address:<name>} or {@code terminal:<name>}. */
    public static String key(ServiceChange.Device device, String name) {
        return device.name().toLowerCase(java.util.Locale.ROOT) + ":" + name;
    }

    private void next(RecordedEvent e) {
        EventKind kind = e.kind();
        ServiceChange service = e.facts().service();
        if (kind.machine() == StateMachine.PROVIDER) {
            provider(e, kind.state());
        } else if (service != null) {
            device(e, service);
        } else if (e.call() != null) {
            call(e);
        }
        view.apply(e);
    }

    private void provider(RecordedEvent e, int state) {
        if (state == Provider.OUT_OF_SERVICE && !providerOut) {
            if (!view.calls().isEmpty()) {
                fail(e, "the provider went out of service while the application still observed "
                        + view.calls().stream().map(ApplicationView.ViewCall::call).toList()
                        + " (their observation must end first)");
            }
            if (devices && !inService.isEmpty()) {
                fail(e, "the provider went out of service before its devices " + inService);
            }
            callsEndedBeforeDevices(e);
            providerOut = true;
        } else if (state == Provider.IN_SERVICE) {
            providerOut = false;
            endings.clear();
            lastOutOfService.clear();
        }
    }

    private void device(RecordedEvent e, ServiceChange change) {
        String key = key(change.device(), change.name());
        knownDevices.add(key);
        if (change.inService()) {
            if (providerOut) {
                fail(e, key + " came back in service while the provider was out of service");
            }
            inService.add(key);
        } else {
            if (providerOut) {
                fail(e, key + " went out of service after the provider did");
            }
            inService.remove(key);
            lastOutOfService.put(key, endings.size());
        }
    }

    private void call(RecordedEvent e) {
        if (providerOut) {
            fail(e, "is about " + e.call() + " while the provider is out of service");
            return;
        }
        if (e.kind().endsCallObservation()) {
            endings.add(e);
            endingAddresses.put(e.seq(), view.addressesOf(e.call()));
        } else if (devices && e.isSnapshot() && e.facts().address() != null
                && !inService.contains(key(ServiceChange.Device.ADDRESS, e.facts().address()))
                && knownDevice(e.facts().address())) {
            fail(e, "snapshots a call at address " + e.facts().address() + " before it came back in service");
        }
    }

    /** On the way down, a device goes out of service only after the observation of its calls ended. */
    private void callsEndedBeforeDevices(RecordedEvent providerEvent) {
        lastOutOfService.forEach((device, endingsBefore) -> {
            if (!device.startsWith("address:")) {
                return;
            }
            String address = device.substring("address:".length());
            for (RecordedEvent ending : endings.subList(endingsBefore, endings.size())) {
                if (endingAddresses.getOrDefault(ending.seq(), Set.of()).contains(address)) {
                    fail(ending, "ended the observation of " + ending.call() + " after " + device
                            + " had gone out of service (before #" + providerEvent.seq() + ")");
                }
            }
        });
    }

    private boolean knownDevice(String address) {
        return knownDevices.contains(key(ServiceChange.Device.ADDRESS, address));
    }

    private void fail(RecordedEvent e, String what) {
        out.add(new Violation("failover-order", "#" + e.seq() + " " + e.kind() + " " + what));
    }
}
