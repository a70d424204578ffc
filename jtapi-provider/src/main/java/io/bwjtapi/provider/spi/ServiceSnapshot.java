package io.bwjtapi.provider.spi;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Everything the switch knows when the provider comes (back) in service: the complete state of every call
 * at the monitored devices, and the devices that are not in service yet.
 * <p>
 * Each {@link CallUpdate} is complete (see {@link CallUpdate}). Devices not listed in
 * {@link #devicesOutOfService()} come in service; the listed ones stay out of service with the given cause
 * until {@link SwitchEventSink#deviceInService} or {@link SwitchEventSink#deviceClosed} is reported for them.
 */
public final class ServiceSnapshot {
    private final List<CallUpdate> calls;
    private final Map<String, ServiceCause> devicesOutOfService;

    /**
     * @param calls the complete state of every call at the devices in service
     * @param devicesOutOfService address name to cause, for devices that stay out of service
     */
    public ServiceSnapshot(List<CallUpdate> calls, Map<String, ServiceCause> devicesOutOfService) {
        this.calls = SpiChecks.list(calls, "calls");
        Map<String, ServiceCause> copy = new LinkedHashMap<>();
        Objects.requireNonNull(devicesOutOfService, "devicesOutOfService").forEach((address, cause) ->
                copy.put(SpiChecks.name(address, "address"), Objects.requireNonNull(cause, "cause")));
        this.devicesOutOfService = Collections.unmodifiableMap(copy);
    }

    /**
     * @param calls the complete state of every call
     * @return a snapshot in which every device comes in service
     */
    public static ServiceSnapshot of(CallUpdate... calls) {
        return new ServiceSnapshot(List.of(calls), Map.of());
    }

    /** @return the complete state of every call */
    public List<CallUpdate> calls() {
        return calls;
    }

    /** @return the devices that stay out of service, with their causes */
    public Map<String, ServiceCause> devicesOutOfService() {
        return devicesOutOfService;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ServiceSnapshot && calls.equals(((ServiceSnapshot) o).calls)
                && devicesOutOfService.equals(((ServiceSnapshot) o).devicesOutOfService);
    }

    @Override
    public int hashCode() {
        return Objects.hash(calls, devicesOutOfService);
    }

    @Override
    public String toString() {
        return "ServiceSnapshot[" + calls.size() + " calls, out of service " + devicesOutOfService + "]";
    }
}
