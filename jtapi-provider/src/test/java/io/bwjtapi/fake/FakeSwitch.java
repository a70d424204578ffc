package io.bwjtapi.fake;

import io.bwjtapi.BwJtapiPeer;
import io.bwjtapi.provider.BwProviderImpl;
import io.bwjtapi.provider.spi.CallMerge;
import io.bwjtapi.provider.spi.CallUpdate;
import io.bwjtapi.provider.spi.ConnectionRef;
import io.bwjtapi.provider.spi.ConnectionState;
import io.bwjtapi.provider.spi.DeviceInfo;
import io.bwjtapi.provider.spi.MergeKind;
import io.bwjtapi.provider.spi.ServiceCause;
import io.bwjtapi.provider.spi.ServiceSnapshot;
import io.bwjtapi.provider.spi.SwitchCause;
import io.bwjtapi.provider.spi.SwitchCommandException;
import io.bwjtapi.provider.spi.SwitchCommands;
import io.bwjtapi.provider.spi.SwitchConnectException;
import io.bwjtapi.provider.spi.SwitchEventSink;
import io.bwjtapi.provider.spi.TerminalConnectionState;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A scriptable switch behind the SPI, standing in for BroadWorks and the adapter: it knows users and calls,
 * executes the layer's commands the way BroadWorks would, lets a test play what phones and the network do,
 * and reports every change through the sink as an adapter would. Found by the peer through {@link FakeConnector}
 * under the provider string's service name.
 */
public final class FakeSwitch implements SwitchCommands {
    private static final Map<String, FakeSwitch> REGISTRY = new ConcurrentHashMap<>();
    private static final AtomicInteger SERVICES = new AtomicInteger();

    private final String service;
    private final List<DeviceInfo> devices = new ArrayList<>();
    private final Map<String, FakeCall> calls = new LinkedHashMap<>();
    private final List<String> log = new ArrayList<>();
    private final Deque<SwitchCommandException> failures = new ArrayDeque<>();
    private final AtomicInteger ids = new AtomicInteger();
    private volatile SwitchEventSink sink;
    private SwitchConnectException connectFailure;
    private boolean online = true;
    private boolean closed;
    private boolean hangNext;
    private boolean silentNext;
    private List<CallUpdate> heldReports;
    private Runnable beforeNextMakeCall;

    private FakeSwitch(String service) {
        this.service = service;
    }

    /** @return a new fake switch with a unique service name */
    public static FakeSwitch create() {
        FakeSwitch fake = new FakeSwitch("fake" + SERVICES.incrementAndGet() + ".example.com");
        REGISTRY.put(fake.service, fake);
        return fake;
    }

    static FakeSwitch lookup(String service) {
        return REGISTRY.get(service);
    }

    /** @return the service name (the XSP list) of this switch */
    public String service() {
        return service;
    }

    /** @param addresses monitored users (address "1001" has terminal "dev1001" and alias "user1001") @return this */
    public synchronized FakeSwitch users(String... addresses) {
        for (String address : addresses) {
            devices.add(DeviceInfo.of(address, "dev" + address, "user" + address + "@example.com"));
        }
        return this;
    }

    /** @param extra further provider string arguments, each starting with ';' @return a provider */
    public BwProviderImpl open(String extra) {
        return (BwProviderImpl) new BwJtapiPeer().getProvider(service
                + ";login=app@example.com;passwd=s3cret;connector=fake" + extra);
    }

    /** @param failure what the next connect attempt throws */
    public synchronized void failConnect(SwitchConnectException failure) {
        this.connectFailure = failure;
    }

    synchronized SwitchCommands connect(SwitchEventSink eventSink) throws SwitchConnectException {
        if (connectFailure != null) {
            throw connectFailure;
        }
        this.sink = eventSink;
        return this;
    }

    /** Reports the devices and the calls: the provider comes in service. */
    public synchronized void start() {
        sink.devicesAdded(devices);
        restore();
    }

    /** @return the commands received so far, e.g. {@code hold call-1/1001} */
    public synchronized List<String> log() {
        return new ArrayList<>(log);
    }

    /** @return whether the layer closed the session */
    public synchronized boolean closed() {
        return closed;
    }

    /** From now on, reports are kept back until {@link #releaseReports()} (a switch whose events lag). */
    public synchronized void holdReports() {
        heldReports = new ArrayList<>();
    }

    /** Sends the reports kept back, in order, and reports at once again. */
    public synchronized void releaseReports() {
        List<CallUpdate> held = heldReports;
        heldReports = null;
        for (CallUpdate update : held) {
            sink.callChanged(update);
        }
    }

    /** @param action what happens at the switch just before it places the next call (e.g. a call arrives) */
    public synchronized void beforeNextMakeCall(Runnable action) {
        beforeNextMakeCall = action;
    }

    /** The next command's future never completes. */
    public synchronized void hangNext() {
        hangNext = true;
    }

    /** The next command is accepted but its effect is never reported. */
    public synchronized void silentNext() {
        silentNext = true;
    }

    /** @param failure what the next command completes with */
    public synchronized void failNext(SwitchCommandException failure) {
        failures.add(failure);
    }

    // ---- what phones and the network do ----

    /** A party dials another (not through JTAPI). @param from caller @param to callee @return the call id */
    public synchronized String call(String from, String to) {
        FakeCall call = newCall();
        call.calling = from;
        call.called = to;
        add(call, from, ConnectionState.ESTABLISHED, TerminalConnectionState.TALKING);
        add(call, to, ConnectionState.ALERTING, TerminalConnectionState.RINGING);
        report(call);
        return call.id;
    }

    /** @param callId the call @param address the party that answers at its phone */
    public synchronized void answer(String callId, String address) {
        FakeParty party = calls.get(callId).party(address);
        party.state = ConnectionState.ESTABLISHED;
        party.device = party.local ? TerminalConnectionState.TALKING : null;
        party.cause = SwitchCause.NORMAL;
        report(calls.get(callId));
    }

    /** @param callId the call @param address the party that hangs up; a two-party call ends */
    public synchronized void hangUp(String callId, String address) {
        release(calls.get(callId), address, SwitchCause.NORMAL);
    }

    /** @param callId the call @param address the called party, which is busy */
    public synchronized void busy(String callId, String address) {
        FakeParty party = calls.get(callId).party(address);
        party.state = ConnectionState.FAILED;
        party.device = party.local ? TerminalConnectionState.DROPPED : null;
        party.cause = SwitchCause.BUSY;
        report(calls.get(callId));
    }

    // ---- failover ----

    /** Every channel is lost: reports are suspended until {@link #restore()}. */
    public synchronized void loseConnection() {
        online = false;
        sink.connectionLost(ServiceCause.CONNECTION_LOST);
    }

    /** The switch is back: one snapshot of every call. */
    public synchronized void restore() {
        restore(Map.of());
    }

    /** @param outOfService devices that stay out of service */
    public synchronized void restore(Map<String, ServiceCause> outOfService) {
        online = true;
        List<CallUpdate> snapshot = new ArrayList<>();
        for (FakeCall call : calls.values()) {
            snapshot.add(call.update());
        }
        sink.connectionRestored(new ServiceSnapshot(snapshot, outOfService));
    }

    /** @param address a device whose Application Server failed over: its calls are resynchronised */
    public synchronized void resync(String address) {
        List<CallUpdate> snapshot = new ArrayList<>();
        for (FakeCall call : calls.values()) {
            if (call.parties.containsKey(address)) {
                snapshot.add(call.update());
            }
        }
        sink.deviceResynced(address, snapshot, ServiceCause.SERVER_FAILOVER);
    }

    /** @param callId a call the switch forgets silently (as a failed-over Application Server does) */
    public synchronized void forget(String callId) {
        calls.remove(callId);
    }

    /** @param address a device that can no longer be monitored */
    public synchronized void closeDevice(String address) {
        for (FakeCall call : calls.values()) {
            call.parties.remove(address);
        }
        sink.deviceClosed(address, ServiceCause.DEVICE_REMOVED);
    }

    /** The switch side gives up reconnecting. */
    public synchronized void giveUp() {
        sink.gaveUp(ServiceCause.RECONNECT_GAVE_UP, "3 reconnect attempts failed");
    }

    /** @param callId a call @return its complete state as the switch knows it */
    public synchronized CallUpdate snapshotOf(String callId) {
        return calls.get(callId).update();
    }

    /** @return the sink, for reporting facts directly */
    public SwitchEventSink sink() {
        return sink;
    }

    // ---- commands ----

    @Override
    public synchronized CompletableFuture<String> makeCall(String address, String terminal, String destination) {
        log.add("makeCall " + address + " " + terminal + " " + destination);
        if (beforeNextMakeCall != null) {
            Runnable action = beforeNextMakeCall;
            beforeNextMakeCall = null;
            action.run();
        }
        CompletableFuture<String> failure = failure();
        if (failure != null) {
            return failure;
        }
        FakeCall call = newCall();
        call.calling = address;
        call.called = destination;
        add(call, address, ConnectionState.ESTABLISHED, TerminalConnectionState.TALKING);
        add(call, destination, ConnectionState.ALERTING, TerminalConnectionState.RINGING);
        report(call);
        return CompletableFuture.completedFuture(call.id);
    }

    @Override
    public synchronized CompletableFuture<Void> answer(ConnectionRef connection, String terminal) {
        return act("answer " + connection, () -> answer(connection.callId(), connection.address()));
    }

    @Override
    public synchronized CompletableFuture<Void> hold(ConnectionRef connection, String terminal) {
        return act("hold " + connection, () -> device(connection, TerminalConnectionState.HELD, SwitchCause.NORMAL));
    }

    @Override
    public synchronized CompletableFuture<Void> unhold(ConnectionRef connection, String terminal) {
        return act("unhold " + connection,
                () -> device(connection, TerminalConnectionState.TALKING, SwitchCause.UNHOLD));
    }

    @Override
    public synchronized CompletableFuture<Void> disconnect(ConnectionRef connection, boolean decline) {
        return act("disconnect " + connection + (decline ? " decline" : ""), () -> release(
                calls.get(connection.callId()), connection.address(), SwitchCause.NORMAL));
    }

    @Override
    public synchronized CompletableFuture<Void> redirect(ConnectionRef connection, String destination) {
        return act("redirect " + connection + " " + destination, () -> divert(connection, destination,
                SwitchCause.REDIRECTED));
    }

    @Override
    public synchronized CompletableFuture<Void> blindTransfer(ConnectionRef controller, String destination) {
        return act("blindTransfer " + controller + " " + destination, () -> {
            FakeCall call = calls.get(controller.callId());
            call.party(controller.address()).leave(SwitchCause.TRANSFER);
            call.lastRedirected = controller.address();
            add(call, destination, ConnectionState.ALERTING, TerminalConnectionState.RINGING);
            call.party(destination).cause = SwitchCause.TRANSFER;
            if (online) {
                sink.callsMerged(new CallMerge(MergeKind.TRANSFER, call.id, List.of(call.update())));
            }
            call.prune();
        });
    }

    @Override
    public synchronized CompletableFuture<String> consult(ConnectionRef held, String terminal, String destination) {
        log.add("consult " + held + " " + destination);
        CompletableFuture<String> failure = failure();
        if (failure != null) {
            return failure;
        }
        device(held, TerminalConnectionState.HELD, SwitchCause.NORMAL);
        FakeCall call = newCall();
        call.calling = held.address();
        call.called = destination;
        add(call, held.address(), ConnectionState.ESTABLISHED, TerminalConnectionState.TALKING);
        add(call, destination, ConnectionState.ALERTING, TerminalConnectionState.RINGING);
        report(call);
        return CompletableFuture.completedFuture(call.id);
    }

    @Override
    public synchronized CompletableFuture<Void> consultTransfer(ConnectionRef controller, ConnectionRef other,
            String resultCallId) {
        return act("consultTransfer " + controller + " " + other, () -> merge(controller, other, MergeKind.TRANSFER));
    }

    @Override
    public synchronized CompletableFuture<Void> conference(ConnectionRef controller, ConnectionRef other,
            String resultCallId) {
        return act("conference " + controller + " " + other, () -> merge(controller, other, MergeKind.CONFERENCE));
    }

    @Override
    public synchronized CompletableFuture<Void> sendDtmf(ConnectionRef connection, String digits) {
        return act("dtmf " + connection + " " + digits, () -> { });
    }

    @Override
    public synchronized void close() {
        closed = true;
    }

    // ---- engine ----

    private CompletableFuture<Void> act(String what, Runnable effect) {
        log.add(what);
        CompletableFuture<Void> failure = failure();
        if (failure != null) {
            return failure;
        }
        if (silentNext) {
            silentNext = false;
            return CompletableFuture.completedFuture(null);
        }
        effect.run();
        return CompletableFuture.completedFuture(null);
    }

    private <T> CompletableFuture<T> failure() {
        if (hangNext) {
            hangNext = false;
            return new CompletableFuture<>();
        }
        SwitchCommandException next = failures.poll();
        return next == null ? null : CompletableFuture.failedFuture(next);
    }

    private FakeCall newCall() {
        FakeCall call = new FakeCall("call-" + ids.incrementAndGet());
        calls.put(call.id, call);
        return call;
    }

    private boolean isLocal(String address) {
        for (DeviceInfo device : devices) {
            if (device.address().equals(address)) {
                return true;
            }
        }
        return false;
    }

    private void add(FakeCall call, String address, ConnectionState state, TerminalConnectionState device) {
        boolean local = isLocal(address);
        call.parties.put(address, new FakeParty(address, local, state, local ? device : null));
    }

    private void device(ConnectionRef ref, TerminalConnectionState state, SwitchCause cause) {
        FakeParty party = calls.get(ref.callId()).party(ref.address());
        party.device = state;
        party.cause = cause;
        report(calls.get(ref.callId()));
    }

    private void release(FakeCall call, String address, SwitchCause cause) {
        call.party(address).leave(cause);
        if (call.remaining().size() < 2) {
            for (FakeParty p : call.remaining()) {
                p.leave(cause);
            }
        }
        report(call);
    }

    private void divert(ConnectionRef from, String destination, SwitchCause cause) {
        FakeCall call = calls.get(from.callId());
        call.party(from.address()).leave(cause);
        call.lastRedirected = from.address();
        add(call, destination, ConnectionState.ALERTING, TerminalConnectionState.RINGING);
        call.party(destination).cause = cause;
        report(call);
    }

    private void merge(ConnectionRef controller, ConnectionRef other, MergeKind kind) {
        FakeCall result = calls.get(controller.callId());
        FakeCall old = calls.get(other.callId());
        SwitchCause cause = kind == MergeKind.TRANSFER ? SwitchCause.TRANSFER : SwitchCause.CONFERENCE;
        for (FakeParty p : old.remaining()) {
            if (!p.address.equals(other.address())) {
                FakeParty moved = p.copy();
                moved.cause = cause;
                result.parties.put(p.address, moved);
            }
        }
        if (kind == MergeKind.TRANSFER) {
            result.party(controller.address()).leave(cause);
        }
        for (FakeParty p : old.remaining()) {
            p.leave(cause);
        }
        if (online) {
            sink.callsMerged(new CallMerge(kind, result.id, List.of(result.update(), old.update())));
        }
        result.prune();
        calls.remove(old.id);
        if (result.remaining().isEmpty()) {
            calls.remove(result.id);
        }
    }

    private void report(FakeCall call) {
        if (online && heldReports != null) {
            heldReports.add(call.update());
        } else if (online) {
            sink.callChanged(call.update());
        }
        call.prune();
        if (call.parties.isEmpty()) {
            calls.remove(call.id);
        }
    }
}
