package io.bwjtapi.properties;

import io.bwjtapi.provider.spi.CallMerge;
import io.bwjtapi.provider.spi.CallUpdate;
import io.bwjtapi.provider.spi.MergeKind;
import io.bwjtapi.provider.spi.ServiceCause;
import io.bwjtapi.provider.spi.ServiceSnapshot;
import io.bwjtapi.provider.spi.SwitchCause;
import io.bwjtapi.provider.spi.SwitchEventSink;
import java.util.List;
import java.util.Map;

/** One random fact reported to the layer. */
sealed interface Fact {
    void report(SwitchEventSink sink);

    /** @param h the provider under test @throws Exception if an application call fails */
    default void apply(io.bwjtapi.fake.Harness h) throws Exception {
        report(h.fake.sink());
    }

    /** The application removes its observer and listener from every call they are on. */
    record LeaveCalls() implements Fact {
        public void report(SwitchEventSink sink) {
            throw new UnsupportedOperationException("an application action");
        }

        @Override
        public void apply(io.bwjtapi.fake.Harness h) {
            h.quiet();
            javax.telephony.Call[] calls = h.provider.getCalls();
            for (int i = 0; calls != null && i < calls.length; i++) {
                calls[i].removeObserver(h.observer);
                calls[i].removeCallListener(h.listener);
            }
        }
    }

    /** The application adds its observer and listener to an address again (after removing them). */
    record Rejoin(String address) implements Fact {
        public void report(SwitchEventSink sink) {
            throw new UnsupportedOperationException("an application action");
        }

        @Override
        public void apply(io.bwjtapi.fake.Harness h) throws Exception {
            javax.telephony.Address a = h.provider.getAddress(address);
            a.removeCallObserver(h.observer);
            a.removeCallListener(h.listener);
            a.addCallObserver(h.observer);
            a.addCallListener(h.listener);
        }
    }

    record Update(CallUpdate update) implements Fact {
        public void report(SwitchEventSink sink) {
            sink.callChanged(update);
        }
    }

    record Merge(MergeKind kind, List<CallUpdate> updates) implements Fact {
        public void report(SwitchEventSink sink) {
            sink.callsMerged(new CallMerge(kind, updates.get(0).callId(), updates));
        }
    }

    record Removed(String callId) implements Fact {
        public void report(SwitchEventSink sink) {
            sink.callRemoved(callId, SwitchCause.NORMAL);
        }
    }

    record Lost() implements Fact {
        public void report(SwitchEventSink sink) {
            sink.connectionLost(ServiceCause.CONNECTION_LOST);
        }
    }

    record Restored(List<CallUpdate> calls) implements Fact {
        public void report(SwitchEventSink sink) {
            sink.connectionRestored(new ServiceSnapshot(calls, Map.of()));
        }
    }

    record Resynced(String address, List<CallUpdate> calls) implements Fact {
        public void report(SwitchEventSink sink) {
            sink.deviceResynced(address, calls, ServiceCause.SERVER_FAILOVER);
        }
    }

    record DeviceOut(String address) implements Fact {
        public void report(SwitchEventSink sink) {
            sink.deviceOutOfService(address, ServiceCause.DEVICE_UNAVAILABLE);
        }
    }
}
