package io.bwjtapi.tck.driver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bwjtapi.tck.testing.Fakes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import javax.telephony.Address;
import javax.telephony.AddressEvent;
import javax.telephony.AddressListener;
import javax.telephony.Terminal;
import javax.telephony.TerminalListener;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** The reflective hooks, against stand-ins of the extension and (when on the class path) against bwjtapi's. */
class BwExtensionHooksTest {
    private final Address address = Fakes.of(ExtensionStandIns.BwAddress.class).answer("getName", "1001")
            .answer("getState", 0).build();
    private final Terminal terminal = Fakes.of(ExtensionStandIns.BwTerminal.class).answer("getName", "t1001")
            .answer("getState", 1).build();

    @Test
    void observerAndListenerServiceEventsAreRecognised() throws Exception {
        BwExtensionHooks hooks = new BwExtensionHooks(ExtensionStandIns.PREFIX, getClass().getClassLoader());
        Object out = Fakes.of(ExtensionStandIns.BwAddrOutOfServiceEv.class).answer("getAddress", address)
                .answer("getCause", 1501).build();
        Object termIn = Fakes.of(ExtensionStandIns.BwTermInServiceEv.class).answer("getTerminal", terminal)
                .answer("getCause", 100).build();
        Object listenerIn = Fakes.of(ExtensionStandIns.BwAddressEvent.class).answer("getAddress", address)
                .answer("getID", ExtensionStandIns.BwAddressEvent.ADDRESS_IN_SERVICE).answer("getCause", 100).build();
        assertEquals(Optional.of(new ServiceChange(ServiceChange.Device.ADDRESS, false, "1001", 1501)),
                hooks.classify(out));
        assertEquals(Optional.of(new ServiceChange(ServiceChange.Device.TERMINAL, true, "t1001", 100)),
                hooks.classify(termIn));
        assertTrue(hooks.classify(listenerIn).orElseThrow().inService());
        assertEquals(Optional.empty(), hooks.classify(new Object()));
        assertTrue(hooks.supported());
    }

    @Test
    void theListenerProxyForwardsStandardCallbacksAndReportsExtensionOnes() throws Exception {
        BwExtensionHooks hooks = new BwExtensionHooks(ExtensionStandIns.PREFIX, getClass().getClassLoader());
        List<String> calls = new ArrayList<>();
        Both standard = new Both(calls);
        Object proxy = hooks.extendListener(standard, (callback, event) -> calls.add(callback));
        AddressEvent event = Fakes.of(ExtensionStandIns.BwAddressEvent.class).build();
        ((AddressListener) proxy).addressListenerEnded(event);
        ((TerminalListener) proxy).terminalListenerEnded(null);
        ((ExtensionStandIns.BwAddressListener) proxy).addressOutOfService((ExtensionStandIns.BwAddressEvent) event);
        ((ExtensionStandIns.BwTerminalListener) proxy).terminalInService(null);
        assertEquals(List.of("addressListenerEnded", "terminalListenerEnded", "addressOutOfService",
                "terminalInService"), calls);
        assertEquals(proxy, proxy);
        assertNotEquals(proxy, hooks.extendListener(standard, (c, e) -> { }));
        assertTrue(proxy.toString().contains("extension listener"));
    }

    /** A standard listener of addresses and terminals, like the kit's listener application. */
    private static final class Both implements AddressListener, TerminalListener {
        private final List<String> calls;

        Both(List<String> calls) {
            this.calls = calls;
        }

        @Override
        public void addressListenerEnded(AddressEvent event) {
            calls.add("addressListenerEnded");
        }

        @Override
        public void terminalListenerEnded(javax.telephony.TerminalEvent event) {
            calls.add("terminalListenerEnded");
        }
    }

    @Test
    void serviceStatesAreReadWhereTheDeviceOffersThem() throws Exception {
        BwExtensionHooks hooks = new BwExtensionHooks(ExtensionStandIns.PREFIX, getClass().getClassLoader());
        assertEquals(OptionalInt.of(0), hooks.serviceState(address));
        assertEquals(OptionalInt.of(1), hooks.serviceState(terminal));
        assertEquals(OptionalInt.empty(), hooks.serviceState(Fakes.of(Address.class).<Address>build()));
    }

    @Test
    void withoutTheExtensionEverythingIsAbsentButHarmless() {
        DeviceServiceHooks none = DeviceServiceHooks.NONE;
        assertFalse(none.supported());
        AddressListener listener = e -> { };
        assertEquals(listener, none.extendListener(listener, (c, e) -> { }));
        assertEquals(OptionalInt.empty(), none.serviceState(address));
    }

    @Test
    void bwjtapisOwnExtensionPackageHasTheExpectedShape() {
        Assumptions.assumeTrue(isPresent("io.bwjtapi.ext.BwAddress"),
                "io.bwjtapi.ext is not on the class path (jtapi-provider not built yet): nothing to check");
        DeviceServiceHooks hooks = BwExtensionHooks.loadOrNone();
        assertTrue(hooks.supported(), "every extension type and constant the kit needs was found: " + hooks);
    }

    private static boolean isPresent(String className) {
        try {
            Class.forName(className);
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }
}
