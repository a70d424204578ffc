package io.bwjtapi.provider.event;

import io.bwjtapi.provider.call.TerminalConnectionImpl;
import javax.telephony.events.TermConnActiveEv;
import javax.telephony.events.TermConnCreatedEv;
import javax.telephony.events.TermConnDroppedEv;
import javax.telephony.events.TermConnPassiveEv;
import javax.telephony.events.TermConnRingingEv;
import javax.telephony.events.TermConnUnknownEv;

/** The core observer events about a terminal connection. */
final class TermConnEvs {
    private TermConnEvs() {
    }

    /** The common part. */
    abstract static class Base extends BaseEv.OfTerminalConnection {
        Base(EvContext context, TerminalConnectionImpl subject) {
            super(context, subject);
        }
    }

    /** {@link TermConnCreatedEv}. */
    static final class Created extends Base implements TermConnCreatedEv {
        Created(EvContext context, TerminalConnectionImpl terminalConnection) {
            super(context, terminalConnection);
        }

        @Override
        public int getID() {
            return ID;
        }
    }

    /** {@link TermConnRingingEv}. */
    static final class Ringing extends Base implements TermConnRingingEv {
        Ringing(EvContext context, TerminalConnectionImpl terminalConnection) {
            super(context, terminalConnection);
        }

        @Override
        public int getID() {
            return ID;
        }
    }

    /** {@link TermConnActiveEv}. */
    static final class Active extends Base implements TermConnActiveEv {
        Active(EvContext context, TerminalConnectionImpl terminalConnection) {
            super(context, terminalConnection);
        }

        @Override
        public int getID() {
            return ID;
        }
    }

    /** {@link TermConnPassiveEv}. */
    static final class Passive extends Base implements TermConnPassiveEv {
        Passive(EvContext context, TerminalConnectionImpl terminalConnection) {
            super(context, terminalConnection);
        }

        @Override
        public int getID() {
            return ID;
        }
    }

    /** {@link TermConnDroppedEv}. */
    static final class Dropped extends Base implements TermConnDroppedEv {
        Dropped(EvContext context, TerminalConnectionImpl terminalConnection) {
            super(context, terminalConnection);
        }

        @Override
        public int getID() {
            return ID;
        }
    }

    /** {@link TermConnUnknownEv}. */
    static final class Unknown extends Base implements TermConnUnknownEv {
        Unknown(EvContext context, TerminalConnectionImpl terminalConnection) {
            super(context, terminalConnection);
        }

        @Override
        public int getID() {
            return ID;
        }
    }
}
