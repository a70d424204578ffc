package io.bwjtapi.provider.domain;

import io.bwjtapi.provider.model.ProviderCore;
import io.bwjtapi.provider.model.Subscribers;
import java.util.Objects;
import javax.telephony.CallListener;
import javax.telephony.CallObserver;
import javax.telephony.MethodNotSupportedException;
import javax.telephony.Provider;

/**
 * What addresses and terminals share: the call observers and listeners added to them, which follow every call
 * that reaches them ({@code addCallObserver}, {@code addCallListener}).
 */
public abstract class CallSource {
    private final ProviderCore core;
    private final Subscribers<CallObserver> callObservers = new Subscribers<>(CallObserver.class);
    private final Subscribers<CallListener> callListeners = new Subscribers<>(CallListener.class);

    CallSource(ProviderCore core) {
        this.core = Objects.requireNonNull(core, "core");
    }

    /** @return the provider core */
    final ProviderCore core() {
        return core;
    }

    /** @return the device's address (this address, or the terminal's) */
    public abstract AddressImpl device();

    /**
     * @param what the method
     * @throws MethodNotSupportedException if calls here cannot be followed (a remote address)
     */
    abstract void checkObservable(String what) throws MethodNotSupportedException;

    /** @return the provider */
    public Provider getProvider() {
        return core.provider();
    }

    /**
     * @param observer the observer to attach to every call here
     * @throws MethodNotSupportedException if calls here cannot be followed
     */
    public void addCallObserver(CallObserver observer) throws MethodNotSupportedException {
        checkObservable("addCallObserver");
        core.observation().addCallObserver(this, Objects.requireNonNull(observer, "callObserver"));
    }

    /** @param observer the observer no longer attached to new calls here */
    public void removeCallObserver(CallObserver observer) {
        core.observation().removeCallObserver(this, observer);
    }

    /** @return the call observers added here, or {@code null} */
    public CallObserver[] getCallObservers() {
        return callObservers.toArray();
    }

    /**
     * @param listener the listener to attach to every call here
     * @throws MethodNotSupportedException if calls here cannot be followed
     */
    public void addCallListener(CallListener listener) throws MethodNotSupportedException {
        checkObservable("addCallListener");
        core.observation().addCallListener(this, Objects.requireNonNull(listener, "callListener"));
    }

    /** @param listener the listener no longer attached to new calls here */
    public void removeCallListener(CallListener listener) {
        core.observation().removeCallListener(this, listener);
    }

    /** @return the call listeners added here, or {@code null} */
    public CallListener[] getCallListeners() {
        return callListeners.toArray();
    }

    /** @return the call observers added here (model thread) */
    public Subscribers<CallObserver> callObservers() {
        return callObservers;
    }

    /** @return the call listeners added here (model thread) */
    public Subscribers<CallListener> callListeners() {
        return callListeners;
    }
}
