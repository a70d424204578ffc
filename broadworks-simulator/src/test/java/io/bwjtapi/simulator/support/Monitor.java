package io.bwjtapi.simulator.support;

import io.bwjtapi.simulator.BroadWorksSimulator;
import io.bwjtapi.testsupport.Await;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What a monitoring application does: one event channel, one subscription per user, events sorted by the
 * subscription's target (clients must map by subscriptionId because targetId may be absent).
 */
public final class Monitor implements AutoCloseable {
    public static final Duration WAIT = Duration.ofSeconds(5);

    private final BroadWorksSimulator sim;
    private final XsiTestClient client;
    private final RawEventChannel channel;
    private final String channelSetId;
    private final String channelId;
    private final boolean autoAck;
    private final Map<String, String> targets = new ConcurrentHashMap<>();
    private final Map<String, List<XsiEvent>> events = new ConcurrentHashMap<>();
    private final List<XsiEvent> all = new ArrayList<>();
    private final Thread drain;
    private volatile boolean closed;

    private Monitor(BroadWorksSimulator sim, XsiTestClient client, RawEventChannel channel, String channelSetId,
            boolean autoAck) {
        this.sim = sim;
        this.client = client;
        this.channel = channel;
        this.channelSetId = channelSetId;
        this.autoAck = autoAck;
        this.channelId = XsiEvent.parse(channel.next(WAIT)).text("channelId");
        this.drain = new Thread(this::drain, "monitor-" + channelSetId);
        drain.setDaemon(true);
        drain.start();
    }

    /** Opens a channel as the administrator on XSP 0. */
    public static Monitor open(BroadWorksSimulator sim, String channelSetId, boolean autoAck) {
        String login = sim.config().adminLogin();
        String password = sim.config().adminPassword();
        try {
            RawEventChannel channel = RawEventChannel.open(sim.xspBaseUri(0), login, password,
                    RawEventChannel.body(channelSetId, 1, 50, 3600, null));
            return new Monitor(sim, new XsiTestClient(sim.xspBaseUri(0), login, password), channel, channelSetId,
                    autoAck);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String channelId() {
        return channelId;
    }

    public XsiTestClient client() {
        return client;
    }

    /** Subscribes to a user and waits for the initial snapshot; returns the subscriptionId. */
    public String subscribe(String userId, String eventPackage) {
        HttpResponse<String> response = client.post(XsiTestClient.EVENTS + "/user/" + userId,
                XsiTestClient.subscription(eventPackage, 3600, channelSetId, "monitor"));
        if (response.statusCode() != 200) {
            throw new AssertionError("subscribe to " + userId + " got " + response.statusCode() + ": " + response.body());
        }
        String subscriptionId = XsiEvent.parse(response.body()).text("subscriptionId");
        targets.put(subscriptionId, userId);
        Await.until(WAIT, "initial snapshot of " + userId, () -> !events(userId).isEmpty(), () -> events(userId));
        return subscriptionId;
    }

    /** Events received for a user, oldest first. */
    public List<XsiEvent> events(String userId) {
        List<XsiEvent> list = events.get(userId);
        if (list == null) {
            return List.of();
        }
        synchronized (list) {
            return List.copyOf(list);
        }
    }

    /** Event types received for a user, e.g. [CallSubscriptionEvent, HookStatusEvent, CallOriginatedEvent]. */
    public List<String> types(String userId) {
        return events(userId).stream().map(XsiEvent::type).toList();
    }

    /** Waits until the user's event types (after the initial snapshot) are exactly the expected ones. */
    public List<XsiEvent> awaitTypes(String userId, String... expected) {
        List<String> wanted = List.of(expected);
        Await.until(WAIT, userId + " events " + wanted, () -> afterSnapshot(userId).size() >= wanted.size(),
                () -> types(userId));
        List<XsiEvent> got = afterSnapshot(userId);
        List<String> types = got.stream().map(XsiEvent::type).toList();
        if (!types.equals(wanted)) {
            throw new AssertionError("events of " + userId + ": expected " + wanted + " but got " + types);
        }
        return got;
    }

    /** Waits for the first event of the type for the user (after the initial snapshot). */
    public XsiEvent await(String userId, String type) {
        Await.until(WAIT, type + " for " + userId,
                () -> afterSnapshot(userId).stream().anyMatch(e -> e.type().equals(type)), () -> types(userId));
        return afterSnapshot(userId).stream().filter(e -> e.type().equals(type)).findFirst().orElseThrow();
    }

    /** Events after the initial snapshot. */
    public List<XsiEvent> afterSnapshot(String userId) {
        List<XsiEvent> list = events(userId);
        return list.isEmpty() ? list : list.subList(1, list.size());
    }

    /** Forgets the user's events except a new baseline: the next event counts as "the snapshot". */
    public void clear(String userId) {
        List<XsiEvent> list = events.computeIfAbsent(userId, k -> new ArrayList<>());
        synchronized (list) {
            list.clear();
            list.add(XsiEvent.parse("<Marker xmlns=\"" + XsiEvent.NS + "\"/>"));
        }
    }

    public RawEventChannel channel() {
        return channel;
    }

    private void drain() {
        while (!closed) {
            String chunk;
            try {
                chunk = channel.poll(Duration.ofMillis(100));
            } catch (InterruptedException e) {
                return;
            }
            if (chunk == null) {
                if (channel.isEnded()) {
                    return;
                }
                continue;
            }
            XsiEvent event;
            try {
                event = XsiEvent.parse(chunk);
            } catch (AssertionError injectedGarbage) {
                continue; // a fault test wrote something that is not XML onto the stream
            }
            if (!event.rootName().equals("Event") || !event.envelopeType().equals("SubscriptionEvent")) {
                continue;
            }
            synchronized (all) {
                all.add(event);
            }
            String user = targets.get(event.subscriptionId());
            if (user == null) {
                Await.until(WAIT, "subscription " + event.subscriptionId() + " known",
                        () -> targets.containsKey(event.subscriptionId()));
                user = targets.get(event.subscriptionId());
            }
            List<XsiEvent> list = events.computeIfAbsent(user, k -> new ArrayList<>());
            synchronized (list) {
                list.add(event);
            }
            if (autoAck) {
                client.post(XsiTestClient.EVENTS + "/channel/eventresponse", XsiTestClient.eventResponse(event.eventId(), 200));
            }
        }
    }

    @Override
    public void close() throws IOException {
        closed = true;
        channel.close();
    }
}
