package io.bwjtapi.broadworks.support;

import javax.telephony.Address;

/**
 * One application's view of one monitored address: a JTAPI 1.2 observer application and a JTAPI 1.4 listener
 * application, both attached through the address (so both follow every call that reaches it).
 */
public final class AppView {
    public final ObserverLog observer = new ObserverLog();
    public final ListenerLog listener = new ListenerLog();

    /** @param address the address both applications watch */
    public AppView(Address address) throws Exception {
        address.addCallObserver(observer);
        address.addCallListener(listener.calls());
    }

    /**
     * Attaches both applications to the provider, the address, its terminal and its calls: the view of a
     * Cisco-style application that also watches service states.
     *
     * @param provider the provider
     * @param address the address
     * @param terminal the address's terminal
     * @return the view
     */
    public static AppView everything(javax.telephony.Provider provider, Address address,
            javax.telephony.Terminal terminal) throws Exception {
        AppView view = new AppView(address);
        provider.addObserver(view.observer);
        provider.addProviderListener(view.listener.provider());
        address.addObserver(view.observer);
        address.addAddressListener(view.listener.address());
        terminal.addObserver(view.observer);
        terminal.addTerminalListener(view.listener.terminal());
        return view;
    }

    /**
     * @param observerEvents the observer application's next events, exactly
     * @param listenerEvents the listener application's next events, exactly
     */
    public void expect(java.util.List<String> observerEvents, java.util.List<String> listenerEvents) {
        observer.expect(observerEvents);
        listener.expect(listenerEvents);
    }

    /** Asserts neither application received anything after its last expectation. */
    public void expectNothingMore() {
        observer.expectNothingMore();
        listener.expectNothingMore();
    }
}
