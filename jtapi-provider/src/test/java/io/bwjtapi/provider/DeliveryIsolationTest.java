package io.bwjtapi.provider;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bwjtapi.fake.Harness;
import io.bwjtapi.fake.ListenerRecorder;
import io.bwjtapi.fake.ObserverRecorder;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javax.telephony.ConnectionEvent;
import javax.telephony.events.CallEv;
import org.junit.jupiter.api.Test;

/** Application callbacks run on the dispatcher's threads, and a failing one does not disturb the others. */
class DeliveryIsolationTest {
    /** Fails on every batch, after recording it. */
    private static final class FailingObserver extends ObserverRecorder {
        final List<String> threads = Collections.synchronizedList(new ArrayList<>());

        @Override
        public void callChangedEvent(CallEv[] evs) {
            threads.add(Thread.currentThread().getName());
            super.callChangedEvent(evs);
            throw new IllegalStateException("application bug");
        }
    }

    /** Fails in one listener method, after recording the event. */
    private static final class FailingListener extends ListenerRecorder {
        @Override
        public void connectionCreated(ConnectionEvent event) {
            super.connectionCreated(event);
            throw new IllegalStateException("application bug");
        }
    }

    @Test
    void aPlainCallListenerGetsOnlyCallLevelEventsAndNoEmptyGroups() throws Exception {
        try (Harness h = Harness.start("", "1001")) {
            List<String> seen = Collections.synchronizedList(new ArrayList<>());
            javax.telephony.CallListener plain = (javax.telephony.CallListener)
                    java.lang.reflect.Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {javax.telephony.CallListener.class},
                    (proxy, method, args) -> {
                        if (method.getDeclaringClass() == Object.class) {
                            return method.getName().equals("equals") ? proxy == args[0]
                                    : method.getName().equals("hashCode") ? System.identityHashCode(proxy) : "plain";
                        }
                        seen.add(method.getName());
                        return null;
                    });
            h.provider.getAddress("1001").addCallListener(plain);
            String id = h.fake.call("5559876", "1001");
            h.fake.answer(id, "1001");
            h.fake.hangUp(id, "5559876");
            h.quiet();
            assertEquals(List.of("singleCallMetaProgressStarted", "callActive", "singleCallMetaProgressEnded",
                    "singleCallMetaProgressStarted", "callInvalid", "singleCallMetaProgressEnded",
                    "callEventTransmissionEnded"), seen, "the answer changed no call-level state: no group");
        }
    }

    @Test
    void aThrowingObserverKeepsReceivingAndOthersAreUndisturbed() throws Exception {
        try (Harness h = Harness.start("", "1001").observe("1001")) {
            FailingObserver failing = new FailingObserver();
            FailingListener failingListener = new FailingListener();
            h.provider.getAddress("1001").addCallObserver(failing);
            h.provider.getAddress("1001").addCallListener(failingListener);
            String id = h.fake.call("5559876", "1001");
            h.fake.answer(id, "1001");
            h.quiet();
            assertEquals(h.observer.events(), failing.events(), "the failing observer got every event anyway");
            assertEquals(2, failing.batches().size());
            assertEquals(h.listener.events(), failingListener.events(),
                    "the listener's later callbacks of the same group still ran");
            assertTrue(h.provider.dispatcherStats().failedCallbacks() >= 4, h.provider.dispatcherStats().toString());
            assertTrue(failing.threads.stream().allMatch(t -> t.startsWith("bwjtapi-events-")),
                    failing.threads.toString());
            assertFalse(failing.threads.stream().anyMatch(t -> t.startsWith("bwjtapi-model")));
        }
    }
}
