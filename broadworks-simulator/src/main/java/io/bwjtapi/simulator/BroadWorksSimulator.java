package io.bwjtapi.simulator;

import io.bwjtapi.simulator.control.ControlApi;
import io.bwjtapi.simulator.core.Recorder;
import io.bwjtapi.simulator.core.SwitchCore;
import io.bwjtapi.simulator.core.SwitchThread;
import io.bwjtapi.simulator.engine.CallEngine;
import io.bwjtapi.simulator.fault.EventScope;
import io.bwjtapi.simulator.fault.Fault;
import io.bwjtapi.simulator.fault.RequestMatcher;
import io.bwjtapi.simulator.internal.netty.ControlServer;
import io.bwjtapi.simulator.internal.netty.XspCluster;
import io.bwjtapi.simulator.internal.netty.XspServer;
import io.bwjtapi.simulator.load.LoadGenerator;
import io.bwjtapi.simulator.load.TrafficProfile;
import io.bwjtapi.simulator.load.TrafficStats;
import io.bwjtapi.simulator.model.AgentState;
import io.bwjtapi.simulator.model.ForwardingCondition;
import io.bwjtapi.simulator.model.ReleaseCause;
import io.bwjtapi.simulator.model.SimUser;
import io.bwjtapi.simulator.model.SwitchTruth;
import io.bwjtapi.simulator.internal.tls.SelfSignedCertificate;
import java.net.URI;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import javax.net.ssl.SSLContext;
import java.util.function.BooleanSupplier;
import java.util.function.Function;

/**
 * A BroadWorks stand-in on loopback: n XSPs speaking the Xsi-Actions and Xsi-Events wire protocol in front
 * of a primary/secondary Application Server pair, a group of users with one device each, a call engine, and
 * fault injection. Start one with {@link #start(SimulatorConfig)} and close it when done.
 *
 * <p>Call-control methods act as a person at a phone or the network would: they drive the same call engine
 * as Xsi-Actions requests and produce the same events. They return the call's identifiers and throw
 * {@link SimulatorException} when the switch refuses (unknown user or call, wrong state). All methods are
 * thread-safe.
 */
public final class BroadWorksSimulator implements AutoCloseable {
    private final SimulatorConfig config;
    private final SwitchThread thread;
    private final Recorder recorder;
    private final SwitchCore core;
    private final XspCluster xsps;
    private final LoadGenerator load;
    private final ControlServer control;
    private final SelfSignedCertificate certificate;

    private BroadWorksSimulator(SimulatorConfig config) throws InterruptedException {
        this.config = config;
        this.thread = new SwitchThread("bwsim-switch");
        this.recorder = new Recorder(config.recordLimit());
        this.core = new SwitchCore(config, thread, recorder);
        this.load = new LoadGenerator(core.engine(), thread, config.clock(), config.seed());
        this.certificate = config.tls() ? SelfSignedCertificate.create() : null;
        XspCluster started = null;
        try {
            started = new XspCluster(core, certificate == null ? null : certificate.serverContext());
            this.xsps = started;
            this.control = config.controlPort() < 0 ? null
                    : new ControlServer(config.bindHost(), config.controlPort(), started, new ControlApi(this));
        } catch (InterruptedException | RuntimeException e) {
            if (started != null) {
                started.close();
            }
            thread.close();
            throw e;
        }
    }

    /** Starts a simulator; its ports are bound when this returns. */
    public static BroadWorksSimulator start(SimulatorConfig config) {
        try {
            return new BroadWorksSimulator(config);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while starting the simulator", e);
        }
    }

    /** Starts a simulator with {@link SimulatorConfig#defaults()}. */
    public static BroadWorksSimulator start() {
        return start(SimulatorConfig.defaults());
    }

    /** The configuration the simulator runs with. */
    public SimulatorConfig config() {
        return config;
    }

    /** One base URI per XSP, e.g. {@code http://127.0.0.1:40123}, in XSP index order. */
    public List<URI> xspBaseUris() {
        return xsps.servers().stream().map(s -> baseUri(s.port())).toList();
    }

    /** The base URI of the JSON control API, e.g. {@code http://127.0.0.1:18090}; empty when disabled. */
    public Optional<URI> controlBaseUri() {
        return Optional.ofNullable(control).map(c -> URI.create("http://" + config.bindHost() + ":" + c.port()));
    }

    /** The XSPs' self-signed certificate (subject alternative names localhost and 127.0.0.1) in TLS mode. */
    public Optional<X509Certificate> tlsCertificate() {
        return Optional.ofNullable(certificate).map(SelfSignedCertificate::certificate);
    }

    /** A PKCS12 trust store (no password) with the XSPs' certificate, in TLS mode. */
    public Optional<KeyStore> tlsTrustStore() {
        return Optional.ofNullable(certificate).map(SelfSignedCertificate::trustStore);
    }

    /** A client SSLContext that trusts exactly the XSPs' certificate, in TLS mode. */
    public Optional<SSLContext> clientSslContext() {
        return Optional.ofNullable(certificate).map(SelfSignedCertificate::clientContext);
    }

    /** Whether XSP {@code index} is running (not killed) and whether it is partitioned. */
    public XspStatus xspStatus(int index) {
        XspServer server = xsps.server(index);
        return new XspStatus(index, server.port(), server.isRunning(), server.isPartitioned());
    }

    /** The base URI of one XSP. */
    public URI xspBaseUri(int index) {
        return baseUri(xsps.server(index).port());
    }

    // ---------------------------------------------------------------- users

    /** The users of the group (deleted users excluded), in extension order. */
    public List<SimUser> users() {
        return thread.call(() -> core.directory().all());
    }

    /** Finds a user by userId, number, extension or device address. */
    public SimUser user(String userIdOrDnOrExtension) {
        return thread.call(() -> core.directory().byUserId(userIdOrDnOrExtension)
                .or(() -> core.directory().resolve(userIdOrDnOrExtension))
                .orElseThrow(() -> SimulatorException.notFound("unknown user " + userIdOrDnOrExtension)));
    }

    /** Makes a user busy (calls to it fail with Busy, or go to its Call Forwarding Busy destination). */
    public void setBusy(String userId, boolean busy) {
        thread.run(() -> core.settings().setBusy(user(userId).userId(), busy));
    }

    /** Sets (or with {@code null} clears) a call forwarding destination of a user. */
    public void setForwarding(String userId, ForwardingCondition condition, String destination) {
        thread.run(() -> core.settings().setForwarding(user(userId).userId(), condition, destination));
    }

    /** Changes a Call Center agent's ACD state, as the agent's phone or supervisor would. */
    public void setAgentState(String userId, AgentState state, String unavailableCode) {
        thread.run(() -> core.setAgentState(userId, state, unavailableCode));
    }

    // ---------------------------------------------------------------- call control (people and the network)

    /** A user dials from the device; {@code toAddress} is a userId, number, extension or external number. */
    public CallRef dial(String fromUserId, String toAddress) {
        return engine(e -> e.dial(fromUserId, toAddress));
    }

    /** An external caller dials a user of the group. */
    public CallRef dialFromExternal(String externalNumber, String toUserIdOrDn) {
        return engine(e -> e.dialFromExternal(externalNumber, toUserIdOrDn));
    }

    /** The user answers an alerting call at the device. */
    public CallRef answer(String userId, String callId) {
        return engine(e -> e.answer(userId, callId));
    }

    /** The user puts a call on hold at the device. */
    public CallRef hold(String userId, String callId) {
        return engine(e -> e.hold(userId, callId));
    }

    /** The user takes a held call back. */
    public CallRef retrieve(String userId, String callId) {
        return engine(e -> e.retrieve(userId, callId));
    }

    /** The user hangs up (an alerting call only stops ringing at this user). */
    public CallRef release(String userId, String callId) {
        return engine(e -> e.release(userId, callId));
    }

    /** The user rejects an alerting call: {@link ReleaseCause#BUSY}, else as temporarily unavailable. */
    public CallRef decline(String userId, String callId, ReleaseCause cause) {
        return engine(e -> e.decline(userId, callId, cause));
    }

    /** The external party of the call answers. */
    public CallRef answerExternal(String extTrackingId) {
        return engine(e -> e.answerExternal(extTrackingId));
    }

    /** The external party of the call hangs up. */
    public CallRef releaseExternal(String extTrackingId) {
        return engine(e -> e.releaseExternal(extTrackingId));
    }

    /** The user blind-transfers (or, while it alerts, deflects) a call. */
    public CallRef blindTransfer(String userId, String callId, String toAddress) {
        return engine(e -> e.blindTransfer(userId, callId, toAddress));
    }

    /** The user transfers the party of {@code heldCallId} to the party of {@code consultedCallId}. */
    public CallRef consultTransfer(String userId, String heldCallId, String consultedCallId) {
        return engine(e -> e.consultTransfer(userId, heldCallId, consultedCallId));
    }

    /** The identifiers of a call the switch knows (or, after an AS crash, only the network). */
    public java.util.Optional<CallRef> call(String extTrackingId) {
        return thread.call(() -> core.engine().call(extTrackingId));
    }

    // ---------------------------------------------------------------- load

    /** Starts generated traffic (or changes its profile). */
    public void startTraffic(TrafficProfile profile) {
        thread.run(() -> load.start(profile));
    }

    /** Stops generated traffic; calls in progress end normally. */
    public void stopTraffic() {
        thread.run(load::stop);
    }

    /** The running traffic profile, if any. */
    public java.util.Optional<TrafficProfile> traffic() {
        return java.util.Optional.ofNullable(thread.call(load::profile));
    }

    /** Counters of the generated traffic since the simulator started. */
    public TrafficStats trafficStats() {
        return thread.call(load::stats);
    }

    /** What the switch knows now, and the calls only the network still carries after an AS crash. */
    public SwitchTruth truth() {
        return thread.call(() -> core.engine().failover().truth());
    }

    // ---------------------------------------------------------------- faults

    /** Injects a fault. */
    public void inject(Fault fault) {
        if (fault instanceof Fault.KillXsp f) {
            XspServer server = xsps.server(f.index());
            transport(server::kill);
            thread.run(() -> core.channels().xspLost(f.index()));
        } else if (fault instanceof Fault.PartitionXsp f) {
            xsps.server(f.index()).partition();
        } else if (fault instanceof Fault.RestoreXsp f) {
            transport(xsps.server(f.index())::restore);
        } else if (fault instanceof Fault.AsCrash f) {
            thread.run(() -> core.asCrash(f.resyncEvent()));
        } else if (fault instanceof Fault.AsRecover) {
            thread.run(core::asRecover);
        } else if (fault instanceof Fault.DeleteUser f) {
            thread.run(() -> core.deleteUser(f.userId()));
        } else if (fault instanceof Fault.SplitChunks f) {
            thread.run(() -> core.channels().splitNext(f.count()));
        } else if (fault instanceof Fault.InjectChunk f) {
            thread.run(() -> core.channels().injectChunk(f.channelId(), f.content()));
        } else if (fault instanceof Fault.RespondStatus || fault instanceof Fault.DelayResponses) {
            core.responseFaults().add(fault);
        } else {
            thread.run(() -> core.eventFaults().add(fault));
        }
    }

    /** Crashes the primary AS, with or without CallSubscriptionResyncEvents. */
    public void asCrash(boolean resyncEvent) {
        inject(new Fault.AsCrash(resyncEvent));
    }

    /** The primary AS is back; idle users re-home to it, busy ones when their calls end. */
    public void asRecover() {
        inject(new Fault.AsRecover());
    }

    /** Kills XSP {@code index}: connections reset, the port refuses. */
    public void killXsp(int index) {
        inject(new Fault.KillXsp(index));
    }

    /** Partitions XSP {@code index} silently: nothing read, nothing sent, no RST. */
    public void partitionXsp(int index) {
        inject(new Fault.PartitionXsp(index));
    }

    /** Restores a killed or partitioned XSP on its port. */
    public void restoreXsp(int index) {
        inject(new Fault.RestoreXsp(index));
    }

    /** Deletes a user: its subscriptions end, its calls are released, its channels and login go. */
    public void deleteUser(String userId) {
        inject(new Fault.DeleteUser(userId));
    }

    /** Answers the next {@code count} matching requests with the status (and an ErrorInfo body). */
    public void respondStatus(RequestMatcher matcher, int status, int count) {
        inject(new Fault.RespondStatus(matcher, status, count));
    }

    /** Answers every matching request with the status until {@link #clearFaults()}. */
    public void respondStatus(RequestMatcher matcher, int status) {
        respondStatus(matcher, status, Fault.UNLIMITED);
    }

    /** Answers EventResponse requests late, until {@link #clearFaults()}. */
    public void slowAcknowledgement(Duration delay) {
        inject(new Fault.DelayResponses(RequestMatcher.eventResponses(), delay, Fault.UNLIMITED));
    }

    /** Loses the next {@code count} events in scope (their sequence numbers are used up). */
    public void dropEvents(EventScope scope, int count) {
        inject(new Fault.DropEvents(scope, count));
    }

    /** Sends each of the next {@code count} events in scope twice. */
    public void duplicateEvents(EventScope scope, int count) {
        inject(new Fault.DuplicateEvents(scope, count));
    }

    /** Holds each of the next {@code count} events in scope back until the event after it is sent. */
    public void reorderEvents(EventScope scope, int count) {
        inject(new Fault.ReorderEvents(scope, count));
    }

    /** Sends the next {@code count} events in scope after a delay. */
    public void delayEvents(EventScope scope, Duration delay, int count) {
        inject(new Fault.DelayEvents(scope, delay, count));
    }

    /** Removes every request and event fault rule (held-back events are sent). */
    public void clearFaults() {
        core.responseFaults().clear();
        thread.run(() -> core.eventFaults().clear());
    }

    // ---------------------------------------------------------------- observation

    /** Every request received so far (oldest first, up to the record limit), credentials redacted. */
    public List<RecordedRequest> requests() {
        return recorder.requests();
    }

    /** Every document sent so far: event-channel chunks and XML response bodies. */
    public List<EmittedDocument> documents() {
        return recorder.documents();
    }

    /** Forgets the recorded requests and documents. */
    public void clearRecordings() {
        recorder.clear();
    }

    /** Registers hooks that are told about requests, documents, channels and subscriptions. */
    public void addListener(SimulatorListener listener) {
        recorder.addListener(listener);
    }

    /** Removes registered hooks. */
    public void removeListener(SimulatorListener listener) {
        recorder.removeListener(listener);
    }

    /** The open event channels. */
    public List<ChannelInfo> channels() {
        return thread.call(core::channelInfos);
    }

    /** The subscriptions the switch holds. */
    public List<SubscriptionInfo> subscriptions() {
        return thread.call(core::subscriptionInfos);
    }

    /** Events dropped because their channel set had no open channel. */
    public long undeliverableEvents() {
        return core.undeliverableEvents();
    }

    /** Waits until at least {@code count} event channels are open. */
    public void awaitChannels(int count, Duration timeout) {
        await(count + " open event channels", timeout, () -> channels().size() >= count);
    }

    /** Waits until the switch holds at least {@code count} subscriptions. */
    public void awaitSubscriptions(int count, Duration timeout) {
        await(count + " subscriptions", timeout, () -> subscriptions().size() >= count);
    }

    /** Waits until a subscription to the user exists. */
    public void awaitSubscription(String targetUserId, Duration timeout) {
        await("a subscription to " + targetUserId, timeout,
                () -> subscriptions().stream().anyMatch(s -> s.targetUserId().equals(targetUserId)));
    }

    /** Stops every server and timer. */
    @Override
    public void close() {
        if (control != null) {
            control.close();
        }
        xsps.close();
        thread.close();
    }

    @Override
    public String toString() {
        return "BroadWorksSimulator" + xspBaseUris();
    }

    // ---------------------------------------------------------------- internals

    SwitchCore core() {
        return core;
    }

    private CallRef engine(Function<CallEngine, CallRef> action) {
        return thread.call(() -> action.apply(core.engine()));
    }

    private URI baseUri(int port) {
        return URI.create((config.tls() ? "https" : "http") + "://" + config.bindHost() + ":" + port);
    }

    private void await(String what, Duration timeout, BooleanSupplier condition) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new IllegalStateException("timed out after " + timeout.toMillis() + " ms waiting for " + what);
            }
            synchronized (core) {
                try {
                    core.wait(Math.max(1, Math.min(20, left / 1_000_000)));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while waiting for " + what, e);
                }
            }
        }
    }

    private interface TransportAction {
        void run() throws InterruptedException;
    }

    private static void transport(TransportAction action) {
        try {
            action.run();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while changing an XSP", e);
        }
    }
}
