package io.bwjtapi.benchmarks.jtapi;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.concurrent.atomic.LongAdder;
import javax.telephony.CallListener;
import javax.telephony.CallObserver;
import javax.telephony.callcontrol.CallControlCallObserver;
import javax.telephony.callcontrol.CallControlConnectionListener;
import javax.telephony.callcontrol.CallControlTerminalConnectionListener;
import javax.telephony.events.CallEv;
import javax.telephony.events.CallInvalidEv;

/**
 * Counts the JTAPI call events delivered to the observers or listeners it hands out (one per address, each
 * taking every core and call-control event), and the calls that ended ({@code CallInvalidEv} /
 * {@code callInvalid}, once per observer or listener of the call).
 */
final class EventCounter {
    private final LongAdder events = new LongAdder();
    private final LongAdder metaEvents = new LongAdder();
    private final LongAdder callbacks = new LongAdder();
    private final LongAdder invalidated = new LongAdder();

    /** @return a new call observer that counts every event of every array it receives */
    CallObserver observer() {
        return new Observer();
    }

    /**
     * @return a new call listener (core and call-control connection and terminal-connection events) that counts
     *     every callback; the meta events that bracket each group are counted apart
     */
    CallListener listener() {
        return (CallListener) Proxy.newProxyInstance(EventCounter.class.getClassLoader(),
                new Class<?>[] {CallControlConnectionListener.class, CallControlTerminalConnectionListener.class},
                new Listener());
    }

    /** @return call events delivered (observers: array elements; listeners: callbacks other than meta events) */
    long events() {
        return events.sum();
    }

    /** @return listener meta events ({@code singleCallMeta...Started/Ended}) */
    long metaEvents() {
        return metaEvents.sum();
    }

    /** @return callback invocations (observers: arrays; listeners: every callback) */
    long callbacks() {
        return callbacks.sum();
    }

    /** @return call-invalid events, one per observer or listener of each ended call */
    long invalidated() {
        return invalidated.sum();
    }

    private final class Observer implements CallControlCallObserver {
        @Override
        public void callChangedEvent(CallEv[] evs) {
            callbacks.increment();
            events.add(evs.length);
            for (CallEv ev : evs) {
                if (ev.getID() == CallInvalidEv.ID) {
                    invalidated.increment();
                }
            }
        }
    }

    private final class Listener implements InvocationHandler {
        @Override
        public Object invoke(Object proxy, Method method, Object[] args) {
            if (method.getDeclaringClass() == Object.class) {
                return switch (method.getName()) {
                    case "equals" -> proxy == args[0];
                    case "hashCode" -> System.identityHashCode(proxy);
                    default -> "EventCounter.Listener@" + Integer.toHexString(System.identityHashCode(proxy));
                };
            }
            callbacks.increment();
            String name = method.getName();
            if (name.startsWith("singleCallMeta") || name.startsWith("multiCallMeta")) {
                metaEvents.increment();
            } else {
                events.increment();
                if (name.equals("callInvalid")) {
                    invalidated.increment();
                }
            }
            return null;
        }
    }
}
