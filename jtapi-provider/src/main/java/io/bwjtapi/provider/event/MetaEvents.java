package io.bwjtapi.provider.event;

import io.bwjtapi.provider.call.CallImpl;
import java.util.List;
import javax.telephony.Call;
import javax.telephony.Event;
import javax.telephony.MultiCallMetaEvent;
import javax.telephony.SingleCallMetaEvent;

/** The listener meta events that bracket groups. */
final class MetaEvents {
    private MetaEvents() {
    }

    /** A {@link SingleCallMetaEvent}: progress or snapshot of one call. */
    static final class Single extends ListenerEvent implements SingleCallMetaEvent {
        private static final long serialVersionUID = 1L;

        private final transient CallImpl call;

        Single(CallImpl call, int id, int cause) {
            super(call, id, cause, null);
            this.call = call;
        }

        @Override
        public Call getCall() {
            return call;
        }
    }

    /** A {@link MultiCallMetaEvent}: transfer or merge. */
    static final class Multi extends ListenerEvent implements MultiCallMetaEvent {
        private static final long serialVersionUID = 1L;

        private final transient CallImpl newCall;
        private final transient List<CallImpl> oldCalls;

        Multi(CallImpl newCall, List<CallImpl> oldCalls, int id) {
            super(newCall, id, Event.CAUSE_NORMAL, null);
            this.newCall = newCall;
            this.oldCalls = List.copyOf(oldCalls);
        }

        @Override
        public Call getNewCall() {
            return newCall;
        }

        @Override
        public Call[] getOldCalls() {
            return oldCalls.toArray(new Call[0]);
        }
    }
}
