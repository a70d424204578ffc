package io.bwjtapi.provider.event;

import io.bwjtapi.provider.call.CallImpl;
import javax.telephony.events.CallActiveEv;
import javax.telephony.events.CallInvalidEv;
import javax.telephony.events.CallObservationEndedEv;

/** The observer events about a call itself. */
final class CallEvs {
    private CallEvs() {
    }

    /** {@link CallActiveEv}. */
    static final class Active extends BaseEv.OfCall implements CallActiveEv {
        Active(EvContext context, CallImpl call) {
            super(context, call);
        }

        @Override
        public int getID() {
            return ID;
        }
    }

    /** {@link CallInvalidEv}. */
    static final class Invalid extends BaseEv.OfCall implements CallInvalidEv {
        Invalid(EvContext context, CallImpl call) {
            super(context, call);
        }

        @Override
        public int getID() {
            return ID;
        }
    }

    /** {@link CallObservationEndedEv}. */
    static final class ObservationEnded extends BaseEv.OfCall implements CallObservationEndedEv {
        private final Object endedObject;

        ObservationEnded(EvContext context, CallImpl call, Object endedObject) {
            super(context, call);
            this.endedObject = endedObject;
        }

        @Override
        public int getID() {
            return ID;
        }

        @Override
        public Object getEndedObject() {
            return endedObject;
        }
    }
}
