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
