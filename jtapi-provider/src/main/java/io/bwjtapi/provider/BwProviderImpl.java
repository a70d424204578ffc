package io.bwjtapi.provider;

import io.bwjtapi.config.ProviderConfig;
import io.bwjtapi.provider.call.CallImpl;
import io.bwjtapi.provider.capabilities.Capabilities;
import io.bwjtapi.provider.dispatch.DispatcherStats;
import io.bwjtapi.provider.domain.AddressImpl;
import io.bwjtapi.provider.domain.TerminalImpl;
import io.bwjtapi.provider.model.ModelStats;
import io.bwjtapi.provider.model.ProviderCore;
import io.bwjtapi.provider.model.Shutdown;
import io.bwjtapi.provider.model.SinkAdapter;
import io.bwjtapi.provider.spi.SwitchCommands;
import io.bwjtapi.provider.spi.SwitchConnectException;
import io.bwjtapi.provider.spi.SwitchConnector;
import io.bwjtapi.provider.spi.SwitchEventSink;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import javax.telephony.Address;
import javax.telephony.Call;
import javax.telephony.Event;
import javax.telephony.InvalidArgumentException;
import javax.telephony.InvalidStateException;
import javax.telephony.Provider;
import javax.telephony.ProviderListener;
import javax.telephony.ProviderObserver;
import javax.telephony.ProviderUnavailableException;
import javax.telephony.Terminal;
import javax.telephony.capabilities.AddressCapabilities;
import javax.telephony.capabilities.CallCapabilities;
import javax.telephony.capabilities.ConnectionCapabilities;
import javax.telephony.capabilities.ProviderCapabilities;
import javax.telephony.capabilities.TerminalCapabilities;
import javax.telephony.capabilities.TerminalConnectionCapabilities;

/**
 * The bwjtapi provider: one application's session with one switch, reached through a {@link SwitchConnector}.
 * It is returned {@link #OUT_OF_SERVICE} and comes in service when the switch side reports its devices and
 * calls; see the failover contract in {@link SwitchEventSink}.
 */
public final class BwProviderImpl implements Provider {
    private final ProviderCore core;
    private final SinkAdapter sink;

    private BwProviderImpl(ProviderConfig config) {
        this.core = new ProviderCore(this, config);
        this.sink = new SinkAdapter(core);
    }

    /**
     * Creates a provider and opens its session with the switch.
     *
     * @param config the configuration
     * @param connector the connector that reaches the switch
     * @return the provider, out of service until the switch side reports it in service
     * @throws ProviderUnavailableException if the session cannot be opened; the message never contains a secret
     */
    public static BwProviderImpl open(ProviderConfig config, SwitchConnector connector) {
        BwProviderImpl provider = new BwProviderImpl(Objects.requireNonNull(config, "config"));
        try {
            SwitchCommands commands = connector.connect(config, provider.sink);
            if (commands == null) {
                throw new SwitchConnectException(SwitchConnectException.Reason.FAILED,
                        "connector '" + connector.name() + "' returned no session", null);
            }
            provider.core.commands(commands);
            return provider;
        } catch (SwitchConnectException e) {
            provider.core.model().run(() -> new Shutdown(provider.core).run(Event.CAUSE_NORMAL, "open failed"));
            throw new ProviderUnavailableException(reason(e.reason()), Redaction.scrub("Cannot open provider "
                    + config.providerName() + ": " + e.getMessage(), config));
        } catch (RuntimeException e) {
            provider.core.model().run(() -> new Shutdown(provider.core).run(Event.CAUSE_NORMAL, "open failed"));
            throw new ProviderUnavailableException(ProviderUnavailableException.CAUSE_UNKNOWN, Redaction.scrub(
                    "Cannot open provider " + config.providerName() + ": connector failed with " + e, config));
        }
    }

    private static int reason(SwitchConnectException.Reason reason) {
        switch (reason) {
            case UNREACHABLE: return ProviderUnavailableException.CAUSE_NOT_IN_SERVICE;
            case AUTHENTICATION_FAILED:
            case INVALID_CONFIGURATION: return ProviderUnavailableException.CAUSE_INVALID_ARGUMENT;
            default: return ProviderUnavailableException.CAUSE_UNKNOWN;
        }
    }

    @Override
    public String getName() {
        return core.config().providerName();
    }

    @Override
    public int getState() {
        return core.status().state();
    }

    @Override
    public void addObserver(ProviderObserver observer) {
        core.observation().addProviderObserver(Objects.requireNonNull(observer, "providerObserver"));
    }

    @Override
    public void removeObserver(ProviderObserver observer) {
        core.observation().removeProviderObserver(observer);
    }

    @Override
    public ProviderObserver[] getObservers() {
        return core.providerObservers().toArray();
    }

    @Override
    public void addProviderListener(ProviderListener listener) {
        core.observation().addProviderListener(Objects.requireNonNull(listener, "providerListener"));
    }

    @Override
    public void removeProviderListener(ProviderListener listener) {
        core.observation().removeProviderListener(listener);
    }

    @Override
    public ProviderListener[] getProviderListeners() {
        return core.providerListeners().toArray();
    }

    @Override
    public Call createCall() throws InvalidStateException {
        if (!core.status().inService()) {
            throw new InvalidStateException(this, InvalidStateException.PROVIDER_OBJECT, getState(),
                    "Provider.createCall needs the provider IN_SERVICE");
        }
        return core.model().call(() -> core.calls().createIdle());
    }

    @Override
    public Call[] getCalls() {
        return core.calls().toArray();
    }

    @Override
    public Address getAddress(String name) throws InvalidArgumentException {
        AddressImpl address = core.domain().address(name);
        if (address == null) {
            throw new InvalidArgumentException("No address '" + name + "' in the domain of " + getName()
                    + " (names are the DN, extension or userId of a monitored user)");
        }
        return address;
    }

    @Override
    public Address[] getAddresses() {
        List<AddressImpl> addresses = core.domain().addresses();
        return addresses.isEmpty() ? null : addresses.toArray(new Address[0]);
    }

    @Override
    public Terminal getTerminal(String name) throws InvalidArgumentException {
        TerminalImpl terminal = core.domain().terminal(name);
        if (terminal == null) {
            throw new InvalidArgumentException("No terminal '" + name + "' in the domain of " + getName());
        }
        return terminal;
    }

    @Override
    public Terminal[] getTerminals() {
        List<TerminalImpl> terminals = core.domain().terminals();
        return terminals.isEmpty() ? null : terminals.toArray(new Terminal[0]);
    }

    @Override
    public void shutdown() {
        core.model().run(() -> new Shutdown(core).run(Event.CAUSE_NORMAL, "shutdown() by the application"));
    }

    @Override
    public ProviderCapabilities getCapabilities() {
        return Capabilities.provider(getState());
    }

    @Override
    public ProviderCapabilities getProviderCapabilities() {
        return Capabilities.PROVIDER;
    }

    @Override
    public AddressCapabilities getAddressCapabilities() {
        return Capabilities.ADDRESS;
    }

    @Override
    public TerminalCapabilities getTerminalCapabilities() {
        return Capabilities.TERMINAL;
    }

    @Override
    public CallCapabilities getCallCapabilities() {
        return Capabilities.CALL;
    }

    @Override
    public ConnectionCapabilities getConnectionCapabilities() {
        return Capabilities.CONNECTION;
    }

    @Override
    public TerminalConnectionCapabilities getTerminalConnectionCapabilities() {
        return Capabilities.TERMINAL_CONNECTION;
    }

    @Override
    @Deprecated
    public ProviderCapabilities getProviderCapabilities(Terminal terminal) {
        return getProviderCapabilities();
    }

    @Override
    @Deprecated
    public AddressCapabilities getAddressCapabilities(Terminal terminal) {
        return getAddressCapabilities();
    }

    @Override
    @Deprecated
    public TerminalCapabilities getTerminalCapabilities(Terminal terminal) {
        return getTerminalCapabilities();
    }

    @Override
    @Deprecated
    public CallCapabilities getCallCapabilities(Terminal terminal, Address address) {
        return getCallCapabilities();
    }

    @Override
    @Deprecated
    public ConnectionCapabilities getConnectionCapabilities(Terminal terminal, Address address) {
        return getConnectionCapabilities();
    }

    @Override
    @Deprecated
    public TerminalConnectionCapabilities getTerminalConnectionCapabilities(Terminal terminal) {
        return getTerminalConnectionCapabilities();
    }

    /** @return the facts sink the switch side reports to (also given to the connector) */
    public SwitchEventSink eventSink() {
        return sink;
    }

    /**
     * Waits until every fact reported so far has been applied and every resulting event delivered, including
     * the effects of callbacks that call back into the provider. For tests and tools.
     *
     * @param timeout how long to wait at most
     * @return {@code true} if the provider became quiet in time
     */
    public boolean awaitQuiescent(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        for (int round = 0; round < 100; round++) {
            core.model().run(() -> { });
            Duration left = Duration.ofNanos(Math.max(0, deadline - System.nanoTime()));
            if (!core.dispatcher().awaitIdle(left)) {
                return false;
            }
            if (core.model().isIdle() && core.dispatcher().awaitIdle(Duration.ZERO)) {
                return true;
            }
        }
        return false;
    }

    /** @return the model's counters of dropped facts */
    public ModelStats modelStats() {
        return core.stats();
    }

    /** @return the dispatcher's counters */
    public DispatcherStats dispatcherStats() {
        return core.dispatcher().stats();
    }

    /** @return the number of remote addresses currently held (they are forgotten with their last call) */
    public int remoteAddressCount() {
        return core.domain().remoteCount();
    }

    /**
     * Finds a call by its stable id, including calls hidden during an outage (for diagnostics and tests).
     *
     * @param callId the id
     * @return the call, or {@code null}
     */
    public Call findCall(String callId) {
        return core.model().call(() -> {
            CallImpl call = core.calls().get(callId);
            return call;
        });
    }

    @Override
    public String toString() {
        return "BwProvider[" + getName() + "]";
    }
}
