package io.bwjtapi.provider.model;

import io.bwjtapi.config.ProviderConfig;
import io.bwjtapi.provider.dispatch.EventDispatcher;
import io.bwjtapi.provider.domain.Domain;
import io.bwjtapi.provider.internal.CallActions;
import io.bwjtapi.provider.spi.SwitchCommands;
import java.util.Objects;
import javax.telephony.Provider;
import javax.telephony.ProviderListener;
import javax.telephony.ProviderObserver;

/**
 * Everything one provider's objects share: configuration, model thread, dispatcher, domain, calls, the
 * observation and call-control services, and the switch session. Built once per provider.
 */
public final class ProviderCore {
    private final Provider provider;
    private final ProviderConfig config;
    private final ModelThread model;
    private final EventDispatcher dispatcher;
    private final ProviderStatus status = new ProviderStatus();
    private final ModelStats stats = new ModelStats();
    private final Subscribers<ProviderObserver> providerObservers = new Subscribers<>(ProviderObserver.class);
    private final Subscribers<ProviderListener> providerListeners = new Subscribers<>(ProviderListener.class);
    private final Domain domain;
    private final CallRegistry calls;
    private final EventRouter router;
    private final ServiceEvents serviceEvents;
    private final Observation observation;
    private final ModelEngine engine;
    private final CallActions actions;
    private volatile SwitchCommands commands;

    /**
     * @param provider the JTAPI provider object applications see
     * @param config the configuration
     */
    public ProviderCore(Provider provider, ProviderConfig config) {
        this.provider = Objects.requireNonNull(provider, "provider");
        this.config = Objects.requireNonNull(config, "config");
        String name = config.providerName().replace(';', '_');
        this.model = new ModelThread(name);
        this.dispatcher = new EventDispatcher(name, config.dispatchThreads(), config.slowCallbackThreshold());
        this.domain = new Domain(this);
        this.calls = new CallRegistry(this);
        this.router = new EventRouter(this);
        this.serviceEvents = new ServiceEvents(this);
        this.observation = new Observation(this);
        this.engine = new ModelEngine(this);
        this.actions = new CallActions(this);
    }

    /** @return the JTAPI provider */
    public Provider provider() {
        return provider;
    }

    /** @return the configuration */
    public ProviderConfig config() {
        return config;
    }

    /** @return the model thread */
    public ModelThread model() {
        return model;
    }

    /** @return the event dispatcher */
    public EventDispatcher dispatcher() {
        return dispatcher;
    }

    /** @return the provider's life cycle */
    public ProviderStatus status() {
        return status;
    }

    /** @return the model's counters */
    public ModelStats stats() {
        return stats;
    }

    /** @return the domain */
    public Domain domain() {
        return domain;
    }

    /** @return the calls */
    public CallRegistry calls() {
        return calls;
    }

    /** @return the event router */
    EventRouter router() {
        return router;
    }

    /** @return the provider and device event router */
    ServiceEvents serviceEvents() {
        return serviceEvents;
    }

    /** @return the provider observers (model thread) */
    public Subscribers<ProviderObserver> providerObservers() {
        return providerObservers;
    }

    /** @return the provider listeners (model thread) */
    public Subscribers<ProviderListener> providerListeners() {
        return providerListeners;
    }

    /** @return the observation service (adding and removing observers and listeners) */
    public Observation observation() {
        return observation;
    }

    /** @return the model engine that applies switch facts */
    public ModelEngine engine() {
        return engine;
    }

    /** @return the call-control actions */
    public CallActions actions() {
        return actions;
    }

    /** @return the switch session, or {@code null} before it is connected */
    public SwitchCommands commands() {
        return commands;
    }

    /** @param session the switch session, once connected */
    public void commands(SwitchCommands session) {
        this.commands = session;
    }
}
