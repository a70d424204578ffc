package io.bwjtapi.provider.spi;

import java.util.Collection;
import java.util.List;

/**
 * The facts the switch side reports to the JTAPI layer; implemented by the layer, called by the adapter.
 * <p>
 * <b>Threading and order.</b> Every method may be called from any thread; it only queues the fact and
 * returns at once (it never blocks, never calls back into the adapter and never throws). Facts are applied
 * one at a time, on the provider's single model thread, in the order the calls were made; so an adapter
 * that reports from several threads must serialise its calls if their relative order matters.
 * <p>
 * <b>Tolerance.</b> Facts are applied tolerantly: a fact about an unknown device or call, a state change
 * the JTAPI transition tables do not allow, or a duplicate is logged at DEBUG, counted and dropped; it
 * never disturbs the model. Arguments that are {@code null} are dropped the same way.
 * <p>
 * <b>The failover operations</b> ({@link #connectionLost}, {@link #connectionRestored},
 * {@link #deviceOutOfService}, {@link #deviceInService}, {@link #deviceResynced}, {@link #deviceClosed},
 * {@link #gaveUp}) produce the exact event sequences of the failover contract; which style
 * ({@code failoverStyle=cisco}, the default, or {@code clear-calls}) is chosen by configuration, not by
 * the adapter.
 */
public interface SwitchEventSink {
    /**
     * Adds monitored users to the provider's domain (idempotent per address name). Normally reported
     * once, before the provider first comes in service. New devices start out of service
     * ({@link ServiceCause#NOT_YET_SYNCHRONISED}) unless the provider is in service, in which case they
     * come in service at once.
     *
     * @param devices the users and their devices
     */
    void devicesAdded(Collection<DeviceInfo> devices);

    /**
     * Reports a change of one call (a delta, see {@link CallUpdate}). A call unknown to the layer is created
     * when the update has at least one local party that is not disconnected; otherwise it is ignored.
     *
     * @param update the change
     */
    void callChanged(CallUpdate update);

    /**
     * Reports related changes of several calls as one transfer or conference, so that they are delivered as
     * one group (observers: meta code {@code META_CALL_TRANSFERRING}/{@code META_CALL_MERGING}; listeners:
     * bracketed by the multi-call meta events).
     *
     * @param merge the changes
     */
    void callsMerged(CallMerge merge);

    /**
     * Reports that the switch has forgotten a call: every party still in it is disconnected with the cause,
     * and the call becomes invalid.
     *
     * @param callId the stable call identifier
     * @param cause why
     */
    void callRemoved(String callId, SwitchCause cause);

    /**
     * Every channel to the switch is lost (failover contract 1). Cisco style: each observed call ends for
     * its observers ({@code CallObservationEndedEv}, listeners {@code callEventTransmissionEnded}), then each
     * device in service goes out of service (address then terminal event, with the cause), then the provider
     * goes out of service ({@code ProvOutOfServiceEv}). Observers and listeners stay registered. Clear-calls
     * style: the same without ending call observation. Ignored unless the provider is in service.
     *
     * @param cause why, normally {@link ServiceCause#CONNECTION_LOST}
     */
    void connectionLost(ServiceCause cause);

    /**
     * The switch is (again) reachable and every device's calls are known (failover contract 2); the first
     * report after {@link SwitchConnector#connect} brings a new provider in service. The provider goes in
     * service ({@code ProvInServiceEv}), then each device that is back goes in service (address then
     * terminal), then every call of the snapshot is delivered as one snapshot batch per call to the call
     * observers of its devices. A call that survived keeps its {@code Call} object; a call the layer knew
     * that is missing from the snapshot is removed without events (Cisco style) or with disconnect events
     * (clear-calls style); a call that began and ended during the outage is never seen.
     *
     * @param snapshot the complete calls and the devices that stay out of service
     */
    void connectionRestored(ServiceSnapshot snapshot);

    /**
     * One device is out of service while the provider stays in service: its calls end for the observers
     * attached through it (Cisco style), then the address and terminal out-of-service events.
     *
     * @param address the device's address name
     * @param cause why
     */
    void deviceOutOfService(String address, ServiceCause cause);

    /**
     * One device is back in service with the complete state of its calls: address and terminal in-service
     * events, then the calls are reconciled (vanished calls and parties leave the model, without events to
     * observers that no longer followed them) and each surviving call is delivered as a snapshot to the
     * observers attached through the device. Ignored unless the provider is in service (while it is out of
     * service, devices come back with {@link #connectionRestored}).
     *
     * @param address the device's address name
     * @param calls the complete state of every call at the device
     */
    void deviceInService(String address, List<CallUpdate> calls);

    /**
     * One device was resynchronised after an Application Server failover (failover contract 4). Cisco style:
     * exactly {@link #deviceOutOfService} followed by {@link #deviceInService}. Clear-calls style: no service
     * cycle; parties and calls the switch forgot are disconnected with events, the rest is updated.
     *
     * @param address the device's address name
     * @param calls the complete state of every call at the device
     * @param cause why, normally {@link ServiceCause#SERVER_FAILOVER} or {@link ServiceCause#OUT_OF_SYNC}
     */
    void deviceResynced(String address, List<CallUpdate> calls, ServiceCause cause);

    /**
     * A device cannot be monitored any more (failover contract 5): its calls end for the observers attached
     * through it, it goes out of service for good, and its address and terminal observers and listeners
     * receive their observation-ended events and are removed.
     *
     * @param address the device's address name
     * @param cause why, normally {@link ServiceCause#DEVICE_REMOVED}
     */
    void deviceClosed(String address, ServiceCause cause);

    /**
     * The switch side gave up for good (failover contract 6): the provider shuts down as if the application
     * had called {@code shutdown()}, with {@code ProvShutdownEv} carrying the cause; the session is closed.
     *
     * @param cause why, normally {@link ServiceCause#RECONNECT_GAVE_UP}
     * @param detail a description for the log (for example the last failure per server); no credentials
     */
    void gaveUp(ServiceCause cause, String detail);
}
