package io.bwjtapi.simulator.core;

import io.bwjtapi.simulator.ChannelInfo;
import io.bwjtapi.simulator.EmittedDocument;
import io.bwjtapi.simulator.RecordedRequest;
import io.bwjtapi.simulator.SimulatorConfig;
import io.bwjtapi.simulator.SimulatorException;
import io.bwjtapi.simulator.SimulatorException.Reason;
import io.bwjtapi.simulator.SubscriptionInfo;
import io.bwjtapi.simulator.engine.CallEngine;
import io.bwjtapi.simulator.engine.IdGenerator;
import io.bwjtapi.simulator.engine.SwitchEvent;
import io.bwjtapi.simulator.engine.UserDirectory;
import io.bwjtapi.simulator.engine.UserSettings;
import io.bwjtapi.simulator.events.ChannelManager;
import io.bwjtapi.simulator.events.EventChannel;
import io.bwjtapi.simulator.events.EventDelivery;
import io.bwjtapi.simulator.events.EventStream;
import io.bwjtapi.simulator.events.EventsObserver;
import io.bwjtapi.simulator.events.SnapshotSource;
import io.bwjtapi.simulator.events.Subscription;
import io.bwjtapi.simulator.events.SubscriptionManager;
import io.bwjtapi.simulator.fault.EventFaults;
import io.bwjtapi.simulator.fault.ResponseFaults;
import io.bwjtapi.simulator.model.AgentState;
import io.bwjtapi.simulator.model.CallSnapshot;
import io.bwjtapi.simulator.model.ConferenceSnapshot;
import io.bwjtapi.simulator.model.HookStatus;
import io.bwjtapi.simulator.model.SimUser;
import io.bwjtapi.simulator.xsi.EventDocuments;
import io.bwjtapi.simulator.xsi.EventResponseRequest;
import io.bwjtapi.simulator.xsi.RequestXml;
import java.time.Instant;
import java.util.Map;
import org.w3c.dom.Element;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The switch: one call engine, the Xsi-Events machinery and the fault rules, wired together. Every method
 * must run on the {@link SwitchThread}.
 */
public final class SwitchCore implements SnapshotSource, EventsObserver {
    private final SimulatorConfig config;
    private final SwitchThread thread;
    private final Recorder recorder;
    private final UserDirectory directory;
    private final UserSettings settings = new UserSettings();
    private final CallEngine engine;
    private final ChannelManager channels;
    private final EventDelivery delivery;
    private final EventFaults eventFaults;
    private final SubscriptionManager subscriptions;
    private final ResponseFaults responseFaults = new ResponseFaults();
    private final AtomicLong undeliverable = new AtomicLong();

    public SwitchCore(SimulatorConfig config, SwitchThread thread, Recorder recorder) {
        this.config = config;
        this.thread = thread;
        this.recorder = recorder;
        IdGenerator ids = new IdGenerator(config.seed(), config.extTrackingIdStyle());
        this.directory = new UserDirectory(config);
        this.channels = new ChannelManager(config, ids, thread, this);
        this.delivery = new EventDelivery(config, channels, ids, thread, this, s -> subscriptions().forgetUnknown(s));
        this.eventFaults = new EventFaults(thread, delivery::send);
        this.subscriptions = new SubscriptionManager(config, ids, thread, this, this, eventFaults::process,
                delivery::forget);
        this.engine = new CallEngine(config, directory, ids, thread, settings, this::publish);
    }

    public SimulatorConfig config() {
        return config;
    }

    public SwitchThread thread() {
        return thread;
    }

    public Recorder recorder() {
        return recorder;
    }

    public CallEngine engine() {
        return engine;
    }

    public UserDirectory directory() {
        return directory;
    }

    public UserSettings settings() {
        return settings;
    }

    public ChannelManager channels() {
        return channels;
    }

    public EventDelivery delivery() {
        return delivery;
    }

    public SubscriptionManager subscriptions() {
        return subscriptions;
    }

    public EventFaults eventFaults() {
        return eventFaults;
    }

    public ResponseFaults responseFaults() {
        return responseFaults;
    }

    /** The userId of the call center every agent belongs to. */
    @Override
    public String callCenterId() {
        return "callcenter@" + config.domain();
    }

    /** Events that found no live channel in their set (lost, as on BroadWorks). */
    public long undeliverableEvents() {
        return undeliverable.get();
    }

    /** Crashes the primary AS; the affected users' subscriptions get a resync event if asked for. */
    public void asCrash(boolean resyncEvent) {
        Set<SimUser> affected = engine.failover().crashPrimary();
        if (resyncEvent) {
            subscriptions.resync(affected);
        }
    }

    public void asRecover() {
        engine.failover().recoverPrimary();
    }

    /** Deletes a user: subscriptions to it end, its calls are released, its channels and logins go. */
    public void deleteUser(String userId) {
        SimUser user = directory.byUserId(userId)
                .orElseThrow(() -> new SimulatorException(Reason.NOT_FOUND, "unknown user " + userId));
        subscriptions.targetDeleted(userId);
        engine.failover().releaseCallsOf(user);
        subscriptions.ownerDeleted(userId);
        channels.ownerDeleted(userId);
        directory.delete(userId);
        settings.remove(userId);
    }

    /** Changes an agent's ACD state and reports it to Call Center Agent subscriptions. */
    public void setAgentState(String userId, AgentState state, String unavailableCode) {
        SimUser user = directory.byUserId(userId)
                .orElseThrow(() -> new SimulatorException(Reason.NOT_FOUND, "unknown user " + userId));
        if (!user.callCenterAgent()) {
            throw new SimulatorException(Reason.BAD_REQUEST, userId + " has no Call Center service");
        }
        long now = config.clock().millis();
        UserSettings.AgentStatus old = settings.agent(userId, now);
        long signIn = state == AgentState.SIGN_IN || old.state() == AgentState.SIGN_OUT ? now : old.signedInAt();
        settings.setAgent(userId, new UserSettings.AgentStatus(state,
                state == AgentState.UNAVAILABLE ? unavailableCode : null, now, signIn));
        publish(agentState(user));
    }

    /**
     * Handles a document a client wrote onto its event channel's connection: an EventResponse or a
     * ChannelHeartBeat is accepted there; anything else (or a malformed document) gets an ErrorEvent.
     */
    public void channelUpstream(EventStream stream, String document) {
        Optional<EventChannel> channel = channels.channelOf(stream);
        if (channel.isEmpty()) {
            return;
        }
        EventChannel c = channel.get();
        recorder.request(new RecordedRequest(Instant.now(), c.xspIndex(), "STREAM", "channel/" + c.channelId(), "",
                Map.of(), document));
        try {
            Element root = RequestXml.parseAny(document);
            switch (root.getLocalName()) {
                case "EventResponse" -> delivery.acknowledge(c.xspIndex(), EventResponseRequest.from(root));
                case "ChannelHeartBeat" -> channels.heartbeat(c.owner(), c.channelId(), c.xspIndex());
                default -> throw new SimulatorException(Reason.BAD_REQUEST,
                        "only EventResponse and ChannelHeartBeat may be sent on a channel: " + root.getLocalName());
            }
        } catch (SimulatorException e) {
            channels.send(c, EventDocuments.errorEvent(e.reason().errorCode(), e.getMessage()));
        }
    }

    public List<ChannelInfo> channelInfos() {
        return channels.all().stream().map(SwitchCore::info).toList();
    }

    public List<SubscriptionInfo> subscriptionInfos() {
        return subscriptions.all().stream().map(SwitchCore::info).toList();
    }

    private void publish(SwitchEvent event) {
        subscriptions.publish(event);
    }

    // SnapshotSource

    @Override
    public List<CallSnapshot> calls(String userId) {
        return engine.calls(userId);
    }

    @Override
    public Optional<ConferenceSnapshot> conference(String userId) {
        return engine.conference(userId);
    }

    @Override
    public HookStatus hookStatus(String userId) {
        return engine.hookStatus(userId);
    }

    @Override
    public SwitchEvent.AgentChanged agentState(SimUser agent) {
        UserSettings.AgentStatus status = settings.agent(agent.userId(), config.clock().millis());
        return new SwitchEvent.AgentChanged(agent, status.state(), status.unavailableCode(), status.since(),
                status.signedInAt());
    }

    // EventsObserver

    @Override
    public void channelOpened(EventChannel channel) {
        ChannelInfo info = info(channel);
        recorder.notifyListeners(l -> l.channelOpened(info));
        signalChange();
    }

    @Override
    public void channelClosed(EventChannel channel, String reason) {
        ChannelInfo info = info(channel);
        recorder.notifyListeners(l -> l.channelClosed(info, reason));
        signalChange();
    }

    @Override
    public void subscriptionCreated(Subscription subscription) {
        SubscriptionInfo info = info(subscription);
        recorder.notifyListeners(l -> l.subscriptionCreated(info));
        signalChange();
    }

    @Override
    public void subscriptionEnded(Subscription subscription, String reason) {
        SubscriptionInfo info = info(subscription);
        recorder.notifyListeners(l -> l.subscriptionEnded(info, reason));
        signalChange();
    }

    @Override
    public void documentEmitted(EventChannel channel, String document) {
        recorder.document(new EmittedDocument(Instant.now(), channel.xspIndex(), channel.channelId(), document));
    }

    @Override
    public void eventUndeliverable(Subscription subscription, String eventId) {
        undeliverable.incrementAndGet();
    }

    /** Wakes threads waiting for channels or subscriptions to appear. */
    private void signalChange() {
        synchronized (this) {
            notifyAll();
        }
    }

    private static ChannelInfo info(EventChannel c) {
        return new ChannelInfo(c.channelId(), c.owner(), c.channelSetId(), c.xspIndex(), c.priority(), c.weight(),
                c.expires());
    }

    private static SubscriptionInfo info(Subscription s) {
        return new SubscriptionInfo(s.subscriptionId(), s.owner(), s.target().userId(), s.packageNames(),
                s.channelSetId(), s.applicationId(), s.expires());
    }
}
