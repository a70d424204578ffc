package io.bwjtapi.broadworks.calls;

import io.bwjtapi.broadworks.failover.DeviceCalls;
import io.bwjtapi.broadworks.failover.FailoverWiring;
import io.bwjtapi.broadworks.failover.ServiceReporter;
import io.bwjtapi.broadworks.internal.SwitchThread;
import io.bwjtapi.broadworks.stats.SessionStats;
import io.bwjtapi.broadworks.users.MonitoredUsers;
import io.bwjtapi.csta.model.CallModel;
import io.bwjtapi.csta.model.CallModelView;
import io.bwjtapi.csta.model.DeviceId;
import io.bwjtapi.csta.sync.ReconcileResult;
import io.bwjtapi.csta.sync.Reconciler;
import io.bwjtapi.csta.sync.UnsynchronisedParty;
import io.bwjtapi.csta.translate.Outcome;
import io.bwjtapi.csta.translate.Translation;
import io.bwjtapi.csta.translate.XsiTranslator;
import io.bwjtapi.failover.fact.Fact;
import io.bwjtapi.provider.spi.SwitchCommands;
import io.bwjtapi.provider.spi.SwitchEventSink;
import io.bwjtapi.xsi.action.XsiActions;
import io.bwjtapi.xsi.event.CallSubscriptionEvent;
import io.bwjtapi.xsi.event.EventData;
import io.bwjtapi.xsi.event.SubscriptionEvent;
import java.time.Duration;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The call side of one session: the CSTA call model (written only on the switch thread), how Xsi events change
 * it, how its changes reach the JTAPI layer, and the command side. A call event is translated and its changes
 * reported; a call snapshot is reconciled (each call half BroadWorks forgot is logged once at WARN with the code
 * {@value UnsynchronisedParty#LOG_CODE} and counted) and handed to the failover policy, which decides whether the
 * device cycles through out of service.
 */
public final class CallSide {
    private static final Logger LOG = LoggerFactory.getLogger(CallSide.class);

    private final Supplier<MonitoredUsers> users;
    private final SwitchThread thread;
    private final SessionStats stats;
    private final CallModel model = new CallModel();
    private final XsiTranslator translator = new XsiTranslator();
    private final Reconciler reconciler = new Reconciler();
    private final CallFacts facts = new CallFacts();
    private final CallReporter reporter;
    private final PlacedCalls placed;
    private FailoverWiring failover;

    /**
     * @param sink the JTAPI layer
     * @param users the monitored users (known once the session has found them)
     * @param thread the switch thread
     * @param stats the session's counters
     * @param placeTimeout how long a placed call may take to show up in the events
     */
    public CallSide(SwitchEventSink sink, Supplier<MonitoredUsers> users, SwitchThread thread, SessionStats stats,
            Duration placeTimeout) {
        this.users = users;
        this.thread = thread;
        this.stats = stats;
        this.reporter = new CallReporter(sink, model, new CallProjector(users));
        this.placed = new PlacedCalls(thread, model, placeTimeout.toMillis());
    }

    /** @param wiring the failover side, told about snapshots and call facts */
    public void attach(FailoverWiring wiring) {
        this.failover = wiring;
    }

    /** @return the complete call state for the failover operations */
    public DeviceCalls deviceCalls() {
        return reporter;
    }

    /** @return the call model (read it on the switch thread only) */
    public CallModelView model() {
        return model;
    }

    /**
     * @param actions the session's Xsi-Actions
     * @param onClose what closing the command side does (ends the session)
     * @return the command side for the JTAPI layer
     */
    public SwitchCommands commands(XsiActions actions, Runnable onClose) {
        return new CallCommands(new CommandExecutor(actions, users, thread, model, placed, stats), actions, onClose);
    }

    /**
     * Applies one Xsi event of a monitored user. Switch thread only.
     *
     * @param userId the user the subscription is for
     * @param event the event
     */
    public void onEvent(String userId, SubscriptionEvent event) {
        stats.event();
        if (users.get().byUserId(userId).isEmpty()) {
            stats.eventDropped();
            return;
        }
        EventData data = event.data();
        if (data instanceof CallSubscriptionEvent) {
            snapshot(userId, (CallSubscriptionEvent) data);
        } else {
            callEvent(userId, data);
        }
        placed.check();
    }

    private void callEvent(String userId, EventData data) {
        Translation translation = translator.apply(model, DeviceId.of(userId), data);
        if (translation.outcome() == Outcome.IGNORED) {
            return;
        }
        if (translation.outcome() != Outcome.APPLIED) {
            stats.eventDropped();
            return;
        }
        ServiceReporter service = failover.service();
        if (service.inService()) {
            reporter.report(translation.events(), service::isVisible);
        }
        for (Fact fact : facts.afterEvent(userId, data, model)) {
            failover.callFact(fact);
        }
    }

    private void snapshot(String userId, CallSubscriptionEvent snapshot) {
        ReconcileResult result = reconciler.reconcile(model, DeviceId.of(userId), snapshot);
        boolean agreed = result.inSync();
        result.applyTo(model);
        for (UnsynchronisedParty party : result.unsynchronised()) {
            LOG.warn("{}", party.toLogMessage());
            stats.unsynchronisedParty();
        }
        stats.snapshot(snapshot.isResync(), agreed);
        ServiceReporter service = failover.service();
        failover.snapshot(userId, snapshot.isResync(), agreed);
        if (!agreed && service.inService() && service.isVisible(userId) && !service.gaveCompleteState(userId)) {
            reporter.report(result.events(), service::isVisible); // the policy kept the device in service
        }
        for (Fact fact : facts.afterSnapshot(userId, snapshot)) {
            failover.callFact(fact);
        }
    }
}
