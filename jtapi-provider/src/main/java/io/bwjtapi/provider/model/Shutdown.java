package io.bwjtapi.provider.model;

import io.bwjtapi.provider.call.CallImpl;
import io.bwjtapi.provider.domain.AddressImpl;
import io.bwjtapi.provider.spi.SwitchCommands;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javax.telephony.Call;
import javax.telephony.CallListener;
import javax.telephony.CallObserver;
import javax.telephony.Provider;
import javax.telephony.ProviderListener;
import javax.telephony.ProviderObserver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Shuts the provider down for good (model thread): every call observation ends, every device's observers and
 * listeners get their last event, the provider's observers get {@code ProvShutdownEv} and then
 * {@code ProvObservationEndedEv} (listeners: shutdown, then end of transmission); then the switch session is
 * closed and the threads stop once the last events are delivered.
 */
public final class Shutdown {
    private static final Logger LOG = LoggerFactory.getLogger(Shutdown.class);
    private static final Duration DRAIN = Duration.ofSeconds(5);

    private final ProviderCore core;

    /** @param core the provider */
    public Shutdown(ProviderCore core) {
        this.core = core;
    }

    /**
     * @param cause the cause of the provider's shutdown event
     * @param why a description for the log
     */
    public void run(int cause, String why) {
        if (!core.status().moveTo(Provider.SHUTDOWN)) {
            return;
        }
        LOG.info("Provider {} shuts down: {}", core.config().providerName(), why);
        endCalls();
        for (AddressImpl address : core.domain().addresses()) {
            address.close();
            core.serviceEvents().deviceEnded(address);
        }
        core.serviceEvents().provider(Provider.SHUTDOWN, cause);
        for (ProviderObserver observer : core.providerObservers().clear()) {
            core.serviceEvents().providerEnded(observer);
        }
        for (ProviderListener listener : core.providerListeners().clear()) {
            core.serviceEvents().providerEnded(listener);
        }
        core.calls().publish();
        release();
    }

    private void endCalls() {
        ByRecipient<CallObserver, Object[]> observers = new ByRecipient<>();
        ByRecipient<CallListener, CallImpl> listeners = new ByRecipient<>();
        List<CallImpl> calls = new ArrayList<>(core.calls().idle());
        calls.addAll(core.calls().reported());
        for (CallImpl call : calls) {
            for (Attachments.Detached<CallObserver> ended : call.observers().detachAll()) {
                observers.add(ended.member(), new Object[] {call, ended.via()});
            }
            for (Attachments.Detached<CallListener> ended : call.listeners().detachAll()) {
                listeners.add(ended.member(), call);
            }
            if (call.getState() == Call.IDLE) {
                call.state(Call.INVALID);
                core.calls().invalidated(call);
            } else {
                call.suspended(true);
                core.calls().visibilityChanged();
            }
        }
        for (AddressImpl address : core.domain().addresses()) {
            address.publish();
            address.terminal().publish();
        }
        core.router().observationEnded(observers, listeners);
    }

    private void release() {
        SwitchCommands commands = core.commands();
        core.model().shutdown();
        Thread closer = new Thread(() -> {
            if (commands != null) {
                try {
                    commands.close();
                } catch (RuntimeException e) {
                    LOG.warn("Closing the switch session failed", e);
                }
            }
            core.dispatcher().shutdown(DRAIN);
        }, "bwjtapi-shutdown");
        closer.setDaemon(true);
        closer.start();
    }
}
