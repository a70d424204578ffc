package io.bwjtapi.provider.event;

import io.bwjtapi.provider.call.ConnectionImpl;
import javax.telephony.events.ConnAlertingEv;
import javax.telephony.events.ConnConnectedEv;
import javax.telephony.events.ConnCreatedEv;
import javax.telephony.events.ConnDisconnectedEv;
import javax.telephony.events.ConnFailedEv;
import javax.telephony.events.ConnInProgressEv;
import javax.telephony.events.ConnUnknownEv;

/** The core observer events about a connection. */
final class ConnEvs {
    private ConnEvs() {
    }

    /** The common part. */
    abstract static class Base extends BaseEv.OfConnection {
        Base(EvContext context, ConnectionImpl subject) {
            super(context, subject);
        }
    }

    /** {@link ConnCreatedEv}. */
    static final class Created extends Base implements ConnCreatedEv {
        Created(EvContext context, ConnectionImpl connection) {
            super(context, connection);
        }

        @Override
        public int getID() {
            return ID;
        }
    }

    /** {@link ConnInProgressEv}. */
    static final class InProgress extends Base implements ConnInProgressEv {
        InProgress(EvContext context, ConnectionImpl connection) {
            super(context, connection);
        }

        @Override
        public int getID() {
            return ID;
        }
    }

    /** {@link ConnAlertingEv}. */
    static final class Alerting extends Base implements ConnAlertingEv {
        Alerting(EvContext context, ConnectionImpl connection) {
            super(context, connection);
        }

        @Override
        public int getID() {
            return ID;
        }
    }

    /** {@link ConnConnectedEv}. */
    static final class Connected extends Base implements ConnConnectedEv {
        Connected(EvContext context, ConnectionImpl connection) {
            super(context, connection);
        }

        @Override
        public int getID() {
            return ID;
        }
    }

    /** {@link ConnDisconnectedEv}. */
    static final class Disconnected extends Base implements ConnDisconnectedEv {
        Disconnected(EvContext context, ConnectionImpl connection) {
            super(context, connection);
        }

        @Override
        public int getID() {
            return ID;
        }
    }

    /** {@link ConnFailedEv}. */
    static final class Failed extends Base implements ConnFailedEv {
        Failed(EvContext context, ConnectionImpl connection) {
            super(context, connection);
        }

        @Override
        public int getID() {
            return ID;
        }
    }

    /** {@link ConnUnknownEv}. */
    static final class Unknown extends Base implements ConnUnknownEv {
        Unknown(EvContext context, ConnectionImpl connection) {
            super(context, connection);
        }

        @Override
        public int getID() {
            return ID;
        }
    }
}
