package io.bwjtapi.provider.event;

import io.bwjtapi.ext.BwOutOfServiceEv;
import javax.telephony.Provider;
import javax.telephony.events.ProvEv;
import javax.telephony.events.ProvInServiceEv;
import javax.telephony.events.ProvObservationEndedEv;
import javax.telephony.events.ProvOutOfServiceEv;
import javax.telephony.events.ProvShutdownEv;

/** The observer events about the provider. */
final class ProvEvs {
    private ProvEvs() {
    }

    /** The common part: the provider. */
    abstract static class Base extends BaseEv implements ProvEv, BwOutOfServiceEv {
        private final Provider provider;

        Base(EvContext context, Provider provider) {
            super(context);
            this.provider = provider;
        }

        @Override
        public Provider getProvider() {
            return provider;
        }

        @Override
        public Object getObserved() {
            return provider;
        }

        @Override
        Object subject() {
            return provider.getName();
        }
    }

    /** {@link ProvInServiceEv}. */
    static final class InService extends Base implements ProvInServiceEv {
        InService(EvContext context, Provider provider) {
            super(context, provider);
        }

        @Override
        public int getID() {
            return ID;
        }
    }

    /** {@link ProvOutOfServiceEv}; the cause is a {@link BwOutOfServiceEv} cause. */
    static final class OutOfService extends Base implements ProvOutOfServiceEv {
        OutOfService(EvContext context, Provider provider) {
            super(context, provider);
        }

        @Override
        public int getID() {
            return ID;
        }
    }

    /** {@link ProvShutdownEv}. */
    static final class Shutdown extends Base implements ProvShutdownEv {
        Shutdown(EvContext context, Provider provider) {
            super(context, provider);
        }

        @Override
        public int getID() {
            return ID;
        }
    }

    /** {@link ProvObservationEndedEv}. */
    static final class ObservationEnded extends Base implements ProvObservationEndedEv {
        ObservationEnded(EvContext context, Provider provider) {
            super(context, provider);
        }

        @Override
        public int getID() {
            return ID;
        }
    }
}
