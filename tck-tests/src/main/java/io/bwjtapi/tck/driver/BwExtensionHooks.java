package io.bwjtapi.tck.driver;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.BiConsumer;
import javax.telephony.Address;
import javax.telephony.AddressEvent;
import javax.telephony.Terminal;
import javax.telephony.TerminalEvent;
import javax.telephony.events.AddrEv;
import javax.telephony.events.TermEv;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * bwjtapi's device service extension ({@code io.bwjtapi.ext}), reached by reflection so that the kit links
 * against {@code javax.telephony} only: the {@code BwAddr/BwTerm(In|OutOf)ServiceEv} observer events, the
 * {@code BwAddressEvent}/{@code BwTerminalEvent} listener IDs, the {@code BwAddressListener} and
 * {@code BwTerminalListener} callbacks (received through one proxy that is the application's listener) and
 * {@code getState()} of
 * {@code BwAddress}/{@code BwTerminal}.
 */
final class BwExtensionHooks implements DeviceServiceHooks {
    static final String PREFIX = "io.bwjtapi.ext.";
    private static final Logger LOG = LoggerFactory.getLogger(BwExtensionHooks.class);

    private final Class<?> addrIn;
    private final Class<?> addrOut;
    private final Class<?> termIn;
    private final Class<?> termOut;
    private final Class<?> addressEvent;
    private final Class<?> terminalEvent;
    private final Class<?> addressListener;
    private final Class<?> terminalListener;
    private final Method addressState;
    private final Method terminalState;
    private final int addressInService;
    private final int terminalInService;

    /**
     * @param prefix what precedes the type names: {@value #PREFIX}, or a stand-in's {@code Outer$} in tests
     * @param loader where to load the types from
     */
    BwExtensionHooks(String prefix, ClassLoader loader) throws ReflectiveOperationException {
        addrIn = Class.forName(prefix + "BwAddrInServiceEv", false, loader);
        addrOut = Class.forName(prefix + "BwAddrOutOfServiceEv", false, loader);
        termIn = Class.forName(prefix + "BwTermInServiceEv", false, loader);
        termOut = Class.forName(prefix + "BwTermOutOfServiceEv", false, loader);
        addressEvent = Class.forName(prefix + "BwAddressEvent", false, loader);
        terminalEvent = Class.forName(prefix + "BwTerminalEvent", false, loader);
        addressListener = Class.forName(prefix + "BwAddressListener", false, loader);
        terminalListener = Class.forName(prefix + "BwTerminalListener", false, loader);
        addressState = Class.forName(prefix + "BwAddress", false, loader).getMethod("getState");
        terminalState = Class.forName(prefix + "BwTerminal", false, loader).getMethod("getState");
        addressInService = addressEvent.getField("ADDRESS_IN_SERVICE").getInt(null);
        terminalInService = terminalEvent.getField("TERMINAL_IN_SERVICE").getInt(null);
    }

    /** bwjtapi's hooks when its extension package is on the class path, else {@link DeviceServiceHooks#NONE}. */
    static DeviceServiceHooks loadOrNone() {
        try {
            return new BwExtensionHooks(PREFIX, BwExtensionHooks.class.getClassLoader());
        } catch (ReflectiveOperationException | LinkageError e) {
            LOG.info("no bwjtapi extension package on the class path ({}); device service checks are skipped",
                    e.toString());
            return NONE;
        }
    }

    @Override
    public boolean supported() {
        return true;
    }

    @Override
    public Optional<ServiceChange> classify(Object event) {
        if (addrIn.isInstance(event) || addrOut.isInstance(event)) {
            AddrEv e = (AddrEv) event;
            return Optional.of(new ServiceChange(ServiceChange.Device.ADDRESS, addrIn.isInstance(event),
                    e.getAddress().getName(), e.getCause()));
        }
        if (termIn.isInstance(event) || termOut.isInstance(event)) {
            TermEv e = (TermEv) event;
            return Optional.of(new ServiceChange(ServiceChange.Device.TERMINAL, termIn.isInstance(event),
                    e.getTerminal().getName(), e.getCause()));
        }
        if (addressEvent.isInstance(event)) {
            AddressEvent e = (AddressEvent) event;
            return Optional.of(new ServiceChange(ServiceChange.Device.ADDRESS, e.getID() == addressInService,
                    e.getAddress().getName(), e.getCause()));
        }
        if (terminalEvent.isInstance(event)) {
            TerminalEvent e = (TerminalEvent) event;
            return Optional.of(new ServiceChange(ServiceChange.Device.TERMINAL, e.getID() == terminalInService,
                    e.getTerminal().getName(), e.getCause()));
        }
        return Optional.empty();
    }

    @Override
    public Object extendListener(Object listener, BiConsumer<String, Object> extension) {
        Set<Class<?>> interfaces = new LinkedHashSet<>();
        for (Class<?> c = listener.getClass(); c != null; c = c.getSuperclass()) {
            interfaces.addAll(Arrays.asList(c.getInterfaces()));
        }
        Set<Class<?>> standard = Set.copyOf(interfaces);
        interfaces.add(addressListener);
        interfaces.add(terminalListener);
        InvocationHandler handler = (proxy, method, args) -> {
            if (method.getDeclaringClass() == Object.class) {
                return objectMethod(proxy, method, args, listener);
            }
            if (standard.stream().anyMatch(i -> method.getDeclaringClass().isAssignableFrom(i))) {
                try {
                    return method.invoke(listener, args);
                } catch (InvocationTargetException e) {
                    throw e.getCause();
                }
            }
            extension.accept(method.getName(), args[0]);
            return null;
        };
        return Proxy.newProxyInstance(listener.getClass().getClassLoader(), interfaces.toArray(new Class<?>[0]),
                handler);
    }

    @Override
    public OptionalInt serviceState(Address address) {
        return state(addressState, address);
    }

    @Override
    public OptionalInt serviceState(Terminal terminal) {
        return state(terminalState, terminal);
    }

    private static OptionalInt state(Method getState, Object device) {
        if (!getState.getDeclaringClass().isInstance(device)) {
            return OptionalInt.empty();
        }
        try {
            return OptionalInt.of((Integer) getState.invoke(device));
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("getState() of " + device + " failed", e);
        }
    }

    private static Object objectMethod(Object proxy, Method method, Object[] args, Object target) {
        switch (method.getName()) {
            case "equals":
                return proxy == args[0];
            case "hashCode":
                return System.identityHashCode(proxy);
            default:
                return "extension listener for " + target;
        }
    }

    @Override
    public String toString() {
        return "device service hooks of " + addrIn.getName();
    }
}
