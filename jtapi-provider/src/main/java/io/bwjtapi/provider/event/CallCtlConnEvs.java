package io.bwjtapi.provider.event;

import io.bwjtapi.provider.call.ConnectionImpl;
import javax.telephony.callcontrol.events.CallCtlConnAlertingEv;
import javax.telephony.callcontrol.events.CallCtlConnDialingEv;
import javax.telephony.callcontrol.events.CallCtlConnDisconnectedEv;
import javax.telephony.callcontrol.events.CallCtlConnEstablishedEv;
import javax.telephony.callcontrol.events.CallCtlConnFailedEv;
import javax.telephony.callcontrol.events.CallCtlConnInitiatedEv;
import javax.telephony.callcontrol.events.CallCtlConnNetworkAlertingEv;
import javax.telephony.callcontrol.events.CallCtlConnNetworkReachedEv;
import javax.telephony.callcontrol.events.CallCtlConnOfferedEv;
import javax.telephony.callcontrol.events.CallCtlConnQueuedEv;
import javax.telephony.callcontrol.events.CallCtlConnUnknownEv;

/** The call-control observer events about a connection. */
final class CallCtlConnEvs {
    private CallCtlConnEvs() {
    }

    /** The common part. */
    abstract static class Base extends BaseEv.OfConnection {
        Base(EvContext context, ConnectionImpl subject) {
            super(context, subject);
        }

        /** @return the digits dialled, not known to bwjtapi */
        public String getDigits() {
            return null;
        }

        /** @return the number of calls queued at the address, not known to bwjtapi */
        public int getNumberInQueue() {
            return 0;
        }
    }

    /** {@link CallCtlConnOfferedEv}. */
    static final class Offered extends Base implements CallCtlConnOfferedEv {
        Offered(EvContext context, ConnectionImpl connection) {
            super(context, connection);
        }

        @Override
        public int getID() {
            return ID;
        }
    }

    /** {@link CallCtlConnQueuedEv}. */
    static final class Queued extends Base implements CallCtlConnQueuedEv {
        Queued(EvContext context, ConnectionImpl connection) {
            super(context, connection);
        }

        @Override
        public int getID() {
            return ID;
        }
    }

    /** {@link CallCtlConnAlertingEv}. */
    static final class Alerting extends Base implements CallCtlConnAlertingEv {
        Alerting(EvContext context, ConnectionImpl connection) {
            super(context, connection);
        }

        @Override
        public int getID() {
            return ID;
        }
    }

    /** {@link CallCtlConnInitiatedEv}. */
    static final class Initiated extends Base implements CallCtlConnInitiatedEv {
        Initiated(EvContext context, ConnectionImpl connection) {
            super(context, connection);
        }

        @Override
        public int getID() {
            return ID;
        }
    }

    /** {@link CallCtlConnDialingEv}. */
    static final class Dialing extends Base implements CallCtlConnDialingEv {
        Dialing(EvContext context, ConnectionImpl connection) {
            super(context, connection);
        }

        @Override
        public int getID() {
            return ID;
        }
    }

    /** {@link CallCtlConnNetworkReachedEv}. */
    static final class NetworkReached extends Base implements CallCtlConnNetworkReachedEv {
        NetworkReached(EvContext context, ConnectionImpl connection) {
            super(context, connection);
        }

        @Override
        public int getID() {
            return ID;
        }
    }

    /** {@link CallCtlConnNetworkAlertingEv}. */
    static final class NetworkAlerting extends Base implements CallCtlConnNetworkAlertingEv {
        NetworkAlerting(EvContext context, ConnectionImpl connection) {
            super(context, connection);
        }

        @Override
        public int getID() {
            return ID;
        }
    }

    /** {@link CallCtlConnEstablishedEv}. */
    static final class Established extends Base implements CallCtlConnEstablishedEv {
        Established(EvContext context, ConnectionImpl connection) {
            super(context, connection);
        }

        @Override
        public int getID() {
            return ID;
        }
    }

    /** {@link CallCtlConnDisconnectedEv}. */
    static final class Disconnected extends Base implements CallCtlConnDisconnectedEv {
        Disconnected(EvContext context, ConnectionImpl connection) {
            super(context, connection);
        }

        @Override
        public int getID() {
            return ID;
        }
    }

    /** {@link CallCtlConnFailedEv}. */
    static final class Failed extends Base implements CallCtlConnFailedEv {
        Failed(EvContext context, ConnectionImpl connection) {
            super(context, connection);
        }

        @Override
        public int getID() {
            return ID;
        }
    }

    /** {@link CallCtlConnUnknownEv}. */
    static final class Unknown extends Base implements CallCtlConnUnknownEv {
        Unknown(EvContext context, ConnectionImpl connection) {
            super(context, connection);
        }

        @Override
        public int getID() {
            return ID;
        }
    }
}
