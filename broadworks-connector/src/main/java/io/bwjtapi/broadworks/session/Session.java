package io.bwjtapi.broadworks.session;

import io.bwjtapi.broadworks.calls.CallSide;
import io.bwjtapi.broadworks.failover.FailoverWiring;
import io.bwjtapi.broadworks.failover.SessionHooks;
import io.bwjtapi.broadworks.internal.SwitchThread;
import io.bwjtapi.broadworks.stats.SessionStats;
import io.bwjtapi.broadworks.users.MonitoredUsers;
import io.bwjtapi.broadworks.users.UserDiscovery;
import io.bwjtapi.failover.decision.GiveUp;
import io.bwjtapi.provider.spi.ServiceCause;
import io.bwjtapi.provider.spi.SwitchCommands;
import io.bwjtapi.provider.spi.SwitchConnectException;
import io.bwjtapi.provider.spi.SwitchConnectException.Reason;
import io.bwjtapi.provider.spi.SwitchEventSink;
import io.bwjtapi.xsi.XsiClient;
import io.bwjtapi.xsi.channel.EventChannel;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One provider's session with BroadWorks: the Xsi client, the call side and the failover side on one switch
 * thread. {@link #open()} tries each XSP once (the failover policy's initial open), finds the users to monitor,
 * reports them and returns; the provider comes in service once every user's subscription has delivered its
 * snapshot. {@link #close()} never blocks: channels are deleted and threads stopped in the background.
 */
final class Session implements SessionHooks {
    private static final Logger LOG = LoggerFactory.getLogger(Session.class);
    private static final long CLOSE_WAIT_MILLIS = 3000;

    private final SessionSettings settings;
    private final SwitchEventSink sink;
    private final SwitchThread thread = new SwitchThread();
    private final SessionStats stats = new SessionStats();
    private final XsiClient client;
    private final CallSide calls;
    private final FailoverWiring failover;
    private final CompletableFuture<Void> opened = new CompletableFuture<>();
    private final AtomicBoolean closed = new AtomicBoolean();
    private volatile MonitoredUsers users = new MonitoredUsers(List.of());
    private volatile Runnable onClose = () -> { };

    Session(SessionSettings settings, SwitchEventSink sink) {
        this.settings = settings;
        this.sink = sink;
        this.client = XsiClient.create(settings.xsi);
        this.calls = new CallSide(sink, () -> users, thread, stats, settings.placeTimeout);
        this.failover = new FailoverWiring(settings.failover, client, settings.endpoints, thread, stats, sink,
                calls.deviceCalls(), this, SessionSettings.RESTORE_WAIT);
        calls.attach(failover);
        client.addLifecycleListener(failover.listener());
        client.setEventConsumer((userId, event) -> thread.execute(() -> calls.onEvent(userId, event)));
    }

    SessionStats stats() {
        return stats;
    }

    /** @return every event channel of the session's channel set, whatever its state (for JMX) */
    List<EventChannel> channels() {
        return client.channels().allChannels();
    }

    /** @param action run once when the session closes */
    void onClose(Runnable action) {
        this.onClose = action;
    }

    /**
     * @return the command side
     * @throws SwitchConnectException when no XSP accepted the login or the users cannot be determined
     */
    SwitchCommands open() throws SwitchConnectException {
        thread.execute(failover::start);
        awaitOpen();
        MonitoredUsers found = new UserDiscovery(client.actions(), settings.requestTimeout.multipliedBy(10))
                .discover(settings.login, settings.directoryUser, settings.users);
        users = found;
        LOG.info("Monitoring {} BroadWorks users", found.size());
        thread.execute(() -> {
            sink.devicesAdded(found.deviceInfos());
            failover.devicesAdded(found);
        });
        return calls.commands(client.actions(), this::close);
    }

    private void awaitOpen() throws SwitchConnectException {
        Duration limit = settings.failover.openTimeout().plus(settings.xsi.connectTimeout())
                .multipliedBy(settings.endpoints.policy().size()).plusSeconds(5);
        try {
            opened.get(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof SwitchConnectException) {
                throw (SwitchConnectException) e.getCause();
            }
            throw new SwitchConnectException(Reason.FAILED, String.valueOf(e.getCause()), e.getCause());
        } catch (TimeoutException e) {
            throw new SwitchConnectException(Reason.UNREACHABLE,
                    "No XSP opened an event channel within " + limit.toMillis() + " ms", null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SwitchConnectException(Reason.FAILED, "Interrupted while opening", e);
        }
    }

    @Override
    public void channelOpened() {
        opened.complete(null);
    }

    @Override
    public void gaveUp(GiveUp decision) {
        if (decision.reason() == GiveUp.Reason.INITIAL_OPEN_FAILED || !opened.isDone()) {
            Reason reason = decision.detail().contains("AUTH_REJECTED") ? Reason.AUTHENTICATION_FAILED
                    : Reason.UNREACHABLE;
            opened.completeExceptionally(new SwitchConnectException(reason,
                    "No XSP accepted an event channel (" + decision.detail() + ")", null));
        } else {
            LOG.error("Giving up on BroadWorks ({}): {}", decision.reason(), decision.detail());
            sink.gaveUp(ServiceCause.RECONNECT_GAVE_UP, decision.reason() + ": " + decision.detail());
        }
    }

    /** Ends the session without blocking: the policy closes its channels, then the client and thread stop. */
    void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        CompletableFuture<Void> stopped = thread.supply(() -> {
            failover.shutdown();
            return null;
        });
        Thread closer = new Thread(() -> {
            try {
                stopped.get(CLOSE_WAIT_MILLIS, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (ExecutionException | TimeoutException e) {
                LOG.debug("Failover shutdown did not finish: {}", e.toString());
            }
            client.close();
            thread.shutdown();
            onClose.run();
            LOG.info("BroadWorks session closed; {}", stats);
        }, "bwjtapi-session-close");
        closer.setDaemon(true);
        closer.start();
    }
}
